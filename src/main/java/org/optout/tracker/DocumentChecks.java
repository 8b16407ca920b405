package org.optout.tracker;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.optout.ui.Message;

/** What both document stores check and say about a stored document. */
final class DocumentChecks {
    private DocumentChecks() {
    }

    static Optional<Message> invalidName(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") ? Optional.empty()
                : Optional.of(Message.of("evidence.problem.invalid_name", sha256));
    }

    /** The document, named by its original name (its role when it has none) and hash, and its {@code problem}. */
    static Message describe(StoredDocument document, Message problem) {
        String name = document.originalName() != null ? document.originalName() : document.role();
        return Message.of("evidence.problem.document", name, document.sha256(), problem);
    }

    static Optional<Message> changed(long size, long recordedSize, String sha256, String recordedSha256) {
        if (size != recordedSize) {
            return Optional.of(Message.of("evidence.problem.size", size, recordedSize));
        }
        return sha256.equals(recordedSha256) ? Optional.empty()
                : Optional.of(Message.of("evidence.problem.hash", sha256));
    }

    static Message missing() {
        return Message.of("evidence.problem.missing");
    }

    static Message unreadable(String reason) {
        return Message.of("evidence.problem.unreadable", reason);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
