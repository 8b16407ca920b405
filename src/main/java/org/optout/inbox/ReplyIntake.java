package org.optout.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.optout.AppException;
import org.optout.evidence.EvidenceIntake;
import org.optout.mail.IncomingMail;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.EventType;
import org.optout.tracker.NewEvent;
import org.optout.tracker.RecordedNote;
import org.optout.tracker.RequestQuery;
import org.optout.tracker.RequestStatus;
import org.optout.tracker.RequestStore;
import org.optout.tracker.SeenMessage.Outcome;
import org.optout.tracker.SeenMessage;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/**
 * Takes messages one by one, from a mailbox or from files: skips those seen before, matches each new one to a
 * request ({@link ReplyMatcher}), classifies it ({@link ReplyClassifier}) and, unless it is a dry run, keeps a
 * matched one as evidence (its raw bytes and its text, by SHA-256) in a {@link EventType#REPLY_RECEIVED} event dated
 * by its {@code Date:} header, together with the note that it was seen, in one transaction. Only a certain match
 * that is an acknowledgement giving a case number is recorded as such ({@link EventType#ACKNOWLEDGED} with the case
 * number as reference); the rest waits for the user.
 */
public final class ReplyIntake {
    /** The document-store role of a reply's raw message. */
    public static final String ROLE_REPLY = "reply";
    /** How many messages that record nothing are noted as seen in one transaction. */
    private static final int BATCH = 500;
    private static final Set<RequestStatus> ACKNOWLEDGEABLE = Set.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED,
            RequestStatus.EXTENDED, RequestStatus.AWAITING_RECEIPT);

    private final RequestStore store;
    private final DocumentStore documents;
    private final ReplyMatcher matcher;
    private final ReplyClassifier classifier;
    private final Clock clock;
    private final boolean dryRun;
    private final Set<String> seenIds = new HashSet<>();
    private final Set<String> seenHashes = new HashSet<>();
    private final List<SeenMessage> pending = new ArrayList<>();
    /**
     * The objections to the senders' platforms, read once per platform in a run (a mailbox's replies come from a few
     * controllers) and kept as this intake records replies on them.
     */
    private final Map<RequestQuery, List<TrackedRequest>> bySender = new HashMap<>();

    public ReplyIntake(RequestStore store, DocumentStore documents, ReplyMatcher matcher, ReplyClassifier classifier,
                       Clock clock, boolean dryRun) {
        this.store = store;
        this.documents = documents;
        this.matcher = matcher;
        this.classifier = classifier;
        this.clock = clock;
        this.dryRun = dryRun;
        for (SeenMessage seen : store.seenMessages()) {
            if (seen.messageId() != null) {
                seenIds.add(seen.messageId());
            }
            seenHashes.add(seen.sha256());
        }
    }

    /** Where a message comes from: a mailbox folder (with its UIDVALIDITY and UID) or a file. */
    public record Origin(String account, String folder, Long uidValidity, Long uid, String label) {
    }

    /**
     * What was done with one message.
     *
     * @param match the request it answers, or none
     * @param classification the suggested class, or null when it was not classified (not new, unreadable…)
     * @param replyEvent the id of the {@code reply_received} event recorded, or null (unmatched, or a dry run)
     * @param acknowledged whether its acknowledgement (with its case number) was recorded too
     * @param date the date it was recorded with (its {@code Date:} header), or null
     */
    public record Processed(Origin origin, Outcome outcome, String sender, String subject,
                            ReplyMatcher.Match match, Classification classification, Long replyEvent,
                            boolean acknowledged, LocalDate date) {
    }

    /** Takes one message; {@code raw} is null when it was too large to read. */
    public Processed take(Origin origin, byte[] raw) {
        if (raw == null) {
            return seen(origin, null, DocumentStore.sha256(origin.label().getBytes(StandardCharsets.UTF_8)),
                    Outcome.TOO_LARGE, null, null, null, null);
        }
        String sha256 = DocumentStore.sha256(raw);
        IncomingMail mail;
        try {
            mail = IncomingMail.parse(raw, origin.label());
        } catch (AppException e) {
            return seen(origin, null, sha256, Outcome.UNREADABLE, null, null, null, null);
        }
        String id = mail.messageId();
        List<TrackedRequest> referenced = store.find(ReplyMatcher.referenced(mail));
        if (id != null && ReplyMatcher.sentIds(referenced).contains(id)) {
            return seen(origin, mail, sha256, Outcome.OWN, null, null, null, null);
        }
        if (id != null ? seenIds.contains(id) : seenHashes.contains(sha256)) {
            return seen(origin, mail, sha256, Outcome.DUPLICATE, null, null, null, null);
        }
        ReplyMatcher.Match match = match(mail, referenced);
        Classification classification = classifier.classify(mail.content().subject(), mail.content().text());
        if (match.request() == null) {
            return seen(origin, mail, sha256, Outcome.UNMATCHED, match, classification, null, null);
        }
        return record(origin, mail, sha256, match, classification);
    }

    /**
     * What matching {@code mail} against every request gives, from the few that can match it: the requests it
     * answers ({@code referenced}), then, if it answers none for certain, the objections to its sender's platforms.
     */
    private ReplyMatcher.Match match(IncomingMail mail, List<TrackedRequest> referenced) {
        ReplyMatcher.Match match = matcher.match(mail, referenced);
        if (match.confidence() == ReplyMatcher.Confidence.CERTAIN) {
            return match;
        }
        // no certain match: only the objections to the sender's platforms can match it
        Map<Long, TrackedRequest> byId = new TreeMap<>();
        for (RequestQuery query : matcher.fromSender(mail)) {
            bySender.computeIfAbsent(query, store::find).forEach(r -> byId.put(r.id(), r));
        }
        return matcher.match(mail, List.copyOf(byId.values()));
    }

    private Processed record(Origin origin, IncomingMail mail, String sha256, ReplyMatcher.Match match,
                             Classification classification) {
        TrackedRequest request = match.request();
        LocalDate date = dateOf(mail, request);
        boolean acknowledge = match.confidence() == ReplyMatcher.Confidence.CERTAIN
                && classification.replyClass() == ReplyClass.ACKNOWLEDGEMENT && classification.caseNumber() != null
                && ACKNOWLEDGEABLE.contains(request.status())
                && request.events().stream().noneMatch(e -> e.type() == EventType.ACKNOWLEDGED
                        && classification.caseNumber().equals(e.reference()));
        if (dryRun) {
            remember(mail, sha256);
            return new Processed(origin, Outcome.MATCHED, mail.sender(), mail.content().subject(), match,
                    classification, null, acknowledge, date);
        }
        List<StoredDocument> evidence = new ArrayList<>();
        String name = "reply-" + sha256.substring(0, 12) + ".eml";
        evidence.add(documents.store(mail.raw(), "message/rfc822", name, ROLE_REPLY));
        String text = mail.content().text();
        if (text != null && !text.isBlank()) {
            evidence.add(documents.store(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8",
                    name + ".txt", EvidenceIntake.ROLE_MAIL_TEXT));
        }
        String note = RecordedNote.REPLY.english(String.valueOf(mail.sender()), match.confidence().key(),
                match.why().english(), classification.replyClass().key());
        long replyId = store.exclusively(RequestQuery.id(request.id()), (current, writes) -> {
            long reply = writes.append(request.id(), List.of(new NewEvent(EventType.REPLY_RECEIVED, date, note,
                    mail.messageId(), evidence))).get(0);
            if (acknowledge) {
                writes.append(request.id(), List.of(new NewEvent(EventType.ACKNOWLEDGED, date,
                        RecordedNote.ACKNOWLEDGED.english(Long.toString(reply)), classification.caseNumber(), evidence,
                        reply, null)));
            }
            pending.forEach(writes::seen);
            writes.seen(row(origin, mail, sha256, request.id(), Outcome.MATCHED));
            return reply;
        });
        pending.clear();
        remember(mail, sha256);
        TrackedRequest now = store.find(request.id()).orElseThrow();
        bySender.replaceAll((query, requests) -> requests.stream().map(r -> r.id() == now.id() ? now : r).toList());
        return new Processed(origin, Outcome.MATCHED, mail.sender(), mail.content().subject(), match,
                classification, replyId, acknowledge, date);
    }

    /** The date of its Date: header in the user's time zone, kept between the sending and today. */
    private LocalDate dateOf(IncomingMail mail, TrackedRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = mail.content().sent() == null ? today : LocalDate.ofInstant(mail.content().sent(),
                clock.getZone());
        LocalDate sent = request.sentOn().orElse(date);
        return date.isAfter(today) ? today : date.isBefore(sent) ? sent : date;
    }

    private Processed seen(Origin origin, IncomingMail mail, String sha256, Outcome outcome, ReplyMatcher.Match match,
                           Classification classification, Long replyEvent, LocalDate date) {
        // a file imported again leaves no trace; a mailbox message seen under a new UID is noted, so that the folder
        // is not read again from there
        if (!dryRun && !(outcome == Outcome.DUPLICATE && origin.uid() == null)) {
            pending.add(row(origin, mail, sha256, null, outcome));
            if (pending.size() >= BATCH) {
                finish();
            }
        }
        if (outcome != Outcome.DUPLICATE) {
            remember(mail, sha256);
        }
        return new Processed(origin, outcome, mail == null ? null : mail.sender(),
                mail == null ? null : mail.content().subject(), match, classification, replyEvent, false, date);
    }

    /**
     * Notes the messages taken since the last write as seen, in one transaction. Call it once the messages are all
     * taken: a message that records nothing is noted in batches (one commit per message would make a large
     * mailbox slow); if optout stops before, those messages are only looked at again next time.
     */
    public void finish() {
        if (pending.isEmpty()) {
            return;
        }
        store.seen(List.copyOf(pending));
        pending.clear();
    }

    private void remember(IncomingMail mail, String sha256) {
        if (mail != null && mail.messageId() != null) {
            seenIds.add(mail.messageId());
        }
        seenHashes.add(sha256);
    }

    private static SeenMessage row(Origin origin, IncomingMail mail, String sha256, Long requestId, Outcome outcome) {
        return new SeenMessage(origin.account(), origin.folder(), origin.uidValidity(), origin.uid(),
                mail == null ? null : mail.messageId(), sha256, requestId, outcome);
    }
}
