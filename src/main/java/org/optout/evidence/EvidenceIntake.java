package org.optout.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.mail.ReceivedMessage;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.StoredDocument;
import org.optout.ui.Message;

/**
 * Takes the files a user attaches to an event: each must be a regular file of a kind optout keeps, no larger than
 * {@link #MAX_BYTES}, and be what its name says; an {@code .eml} must parse as an e-mail. Each is stored in the
 * document store; the text of an e-mail is stored beside it, so a complaint can quote it.
 */
public final class EvidenceIntake {
    /** The largest file kept as evidence: 50 MB, more than any authority's upload form takes. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The document-store role of the text read from an attached e-mail. */
    public static final String ROLE_MAIL_TEXT = "reply-text";

    /** The document-store role of a file the user attached. */
    public static final String ROLE_ATTACHMENT = "attachment";

    private final DocumentStore store;
    private final ZoneId zone;

    public EvidenceIntake(DocumentStore store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /**
     * What was taken.
     *
     * @param mailDate the date of the first attached e-mail's {@code Date:} header, in the user's time zone
     */
    public record Intake(List<StoredDocument> documents, Optional<LocalDate> mailDate) {
        public Intake {
            documents = List.copyOf(documents);
        }
    }

    /** Checks every file first, then stores them: nothing is stored when one of them is refused. */
    public Intake take(List<Path> files, String option) {
        List<Checked> checked = new ArrayList<>();
        for (Path file : files) {
            checked.add(check(file, option));
        }
        List<StoredDocument> documents = new ArrayList<>();
        LocalDate mailDate = null;
        for (Checked c : checked) {
            documents.add(store.storeFile(c.file(), c.kind().mediaType(), c.name(), ROLE_ATTACHMENT));
            if (c.message() != null) {
                if (mailDate == null && c.message().sent() != null) {
                    mailDate = LocalDate.ofInstant(c.message().sent(), zone);
                }
                if (c.message().text() != null && !c.message().text().isBlank()) {
                    documents.add(store.store(c.message().text().getBytes(StandardCharsets.UTF_8),
                            "text/plain; charset=UTF-8", c.name() + ".txt", ROLE_MAIL_TEXT));
                }
            }
        }
        return new Intake(documents, Optional.ofNullable(mailDate));
    }

    private record Checked(Path file, String name, EvidenceKind kind, ReceivedMessage message) {
    }

    private static Checked check(Path file, String option) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw AppException.usage(Message.of("file.not_found", option, file));
        }
        if (!Files.isRegularFile(file)) {
            throw AppException.usage(Message.of(Files.isDirectory(file) ? "file.is_directory" : "file.is_special",
                    option, file));
        }
        EvidenceKind kind = EvidenceKind.ofName(name).orElseThrow(() -> AppException.usage(Message.of(
                "evidence.kinds", option, file, EvidenceKind.names())));
        Path real;
        byte[] head;
        try {
            real = file.toRealPath();
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                throw AppException.invalidData(Message.of("evidence.too_large", option, file, size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024)));
            }
            if (size == 0) {
                throw AppException.invalidData(Message.of("file.empty", option, file));
            }
            try (InputStream in = Files.newInputStream(real)) {
                head = in.readNBytes(16); // enough for every kind's first bytes: the file itself is streamed
            }
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("file.cannot_read", option, file, PrivateFiles.why(e)), e);
        }
        if (!kind.matches(head)) {
            throw AppException.invalidData(Message.of("evidence.not_kind", option, file, kind.name()));
        }
        ReceivedMessage message = kind == EvidenceKind.EML ? ReceivedMessage.parse(real, option + ": " + file)
                : null;
        return new Checked(real, name, kind, message);
    }
}
