package org.optout.tracker;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** What both document stores check and say about a stored document. */
final class DocumentChecks {
    private DocumentChecks() {
    }

    static Optional<String> invalidName(String sha256) {
        return sha256 != null && sha256.matches("[0-9a-f]{64}") ? Optional.empty()
                : Optional.of("recorded with an invalid SHA-256 '" + sha256 + "'");
    }

    static String describe(StoredDocument document, String problem) {
        String name = document.originalName() != null ? document.originalName() : document.role();
        return name + " (sha256 " + document.sha256() + ") " + problem;
    }

    static Optional<String> changed(long size, long recordedSize, String sha256, String recordedSha256) {
        if (size != recordedSize) {
            return Optional.of("changed (" + size + " bytes, recorded " + recordedSize + ")");
        }
        return sha256.equals(recordedSha256) ? Optional.empty()
                : Optional.of("changed (its SHA-256 is now " + sha256 + ")");
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
