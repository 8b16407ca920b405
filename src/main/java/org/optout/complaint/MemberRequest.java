package org.optout.complaint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optout.AppException;
import org.optout.catalogue.Channel;
import org.optout.deadline.Deadline;
import org.optout.files.PrivateFiles;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * One member of a campaign and their objection to the platform complained about, as a collective complaint sees
 * them: who they are, the tracked request and where it stands, their mandate and the evidence of the request.
 *
 * @param memberId the campaign's identifier of the member; it names the member's files in the dossier, so it holds
 *     only letters, digits, '.', '_' and '-' (at most 40)
 * @param account how the platform knows the member (e-mail, profile URL…), or null
 * @param requestId the tracked request's short id, e.g. "R12"
 * @param sentOn the day the objection was sent, or null when it was not sent
 * @param status the request's status as the tracker derives it
 * @param deadline the legal deadline of the answer (art. 12(3)), or null when not known yet
 * @param refusedOn the day of the refusal, when {@code status} is refused
 * @param remindersSent the days reminders were sent, in order
 * @param mandateSignedOn the day the member signed the mandate, or null when they have not
 * @param mandate the signed mandate, or null when it is not at hand as a file
 * @param evidence the documents of the request (letter, sent message, reply…), each once
 */
public record MemberRequest(String memberId, String name, String account, String requestId, LocalDate sentOn,
                            Channel channel, RequestStatus status, LocalDate deadline, LocalDate refusedOn,
                            List<LocalDate> remindersSent, LocalDate mandateSignedOn, Document mandate,
                            List<Document> evidence) {
    /** The longest member id; longer ones would make the dossier's file names unwieldy. */
    public static final int MAX_ID = 40;

    public MemberRequest {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(status, "status");
        remindersSent = List.copyOf(remindersSent);
        evidence = List.copyOf(evidence);
    }

    /** Whether the member may be represented in the complaint on {@code today}: refused, or overdue. */
    public boolean qualifies(LocalDate today) {
        return status == RequestStatus.REFUSED || status.overdue(deadline, today);
    }

    /**
     * The member's request as the tracker has it: status, dates and every document recorded on its events (a
     * reminder written but never sent is no evidence of anything, as in an individual complaint).
     *
     * @param mandate the signed mandate, or null
     */
    public static MemberRequest of(String memberId, String name, String account, TrackedRequest request,
                                   LocalDate mandateSignedOn, Document mandate, DocumentStore documents) {
        Map<String, Document> evidence = new LinkedHashMap<>();
        List<LocalDate> reminders = new ArrayList<>();
        for (RequestEvent event : request.events()) {
            if (event.type() == EventType.REMINDER_SENT) {
                reminders.add(event.on());
            }
            if (event.type() == EventType.REMINDER_WRITTEN) {
                continue;
            }
            RequestEvent proven = event.type() == EventType.EVIDENCE_ADDED && event.aboutEventId() != null
                    ? request.event("E" + event.aboutEventId()).orElse(event) : event;
            for (StoredDocument doc : event.documents()) {
                evidence.putIfAbsent(doc.sha256(), Document.stored(Annexes.role(proven, doc), doc, documents));
            }
        }
        return new MemberRequest(memberId, name, account, request.shortId(), request.sentOn().orElse(null),
                request.channel(), request.status(), request.deadline().map(Deadline::date).orElse(null),
                request.latest(EventType.REFUSED).map(RequestEvent::on).orElse(null), reminders, mandateSignedOn,
                mandate, new ArrayList<>(evidence.values()));
    }

    /**
     * A file of the dossier, read only when it is written there.
     *
     * @param role what it is, as the annex names it: "letter", "eml", "reminder", "reply", "reply_text",
     *     "attachment" or "proof" for the evidence of a request (as in an individual complaint's annexes);
     *     "mandate" or "statutes"
     * @param originalName its name as received or written, for the file extension only (it may hold personal data,
     *     so it never names the dossier's copy)
     * @param sha256 the hash recorded for it, which the bytes read must match; null when nothing was recorded
     * @param content reads the bytes
     */
    public record Document(String role, String originalName, String sha256, Content content) {
        /** The largest file taken from the file system (a scanned mandate). */
        public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

        public Document {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(content, "content");
        }

        /** Reads a document's bytes. */
        @FunctionalInterface
        public interface Content {
            byte[] read();
        }

        /** A document of the tracker's store; reading it checks it against its recorded hash (exit 4 if changed). */
        public static Document stored(String role, StoredDocument doc, DocumentStore documents) {
            return new Document(role, doc.originalName(), doc.sha256(), () -> documents.read(doc));
        }

        /** A file, e.g. a scanned mandate; at most {@link #MAX_FILE_BYTES}. */
        public static Document file(String role, Path file) {
            return new Document(role, file.getFileName().toString(), null, () -> {
                try {
                    long size = Files.size(file);
                    if (size > MAX_FILE_BYTES) {
                        throw AppException.invalidData(file + ": " + size + " bytes; a dossier file holds at most "
                                + MAX_FILE_BYTES);
                    }
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw AppException.invalidData("cannot read " + file + " (" + PrivateFiles.reason(e) + ")", e);
                }
            });
        }
    }
}
