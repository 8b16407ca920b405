package org.optout.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;

/**
 * Keeps evidence files (letters, sent messages, replies) in a folder, each named by its SHA-256, readable by the
 * user only. A file is written once and never overwritten: storing the same bytes again reuses it.
 */
public final class DocumentStore {
    private final Path folder;
    private final Clock clock;

    public DocumentStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Stores {@code content}; returns its description, to attach to an event. */
    public StoredDocument store(byte[] content, String mediaType, String originalName, String role) {
        String sha256 = sha256(content);
        Path target = path(sha256);
        try {
            if (!Files.exists(target)) {
                PrivateFiles.createPrivateDirectories(folder);
                PrivateFiles.write(target, content);
            }
        } catch (IOException e) {
            throw new AppException("cannot store evidence in " + folder + " (" + PrivateFiles.reason(e) + ")",
                    ExitCode.DELIVERY, e);
        }
        return new StoredDocument(sha256, content.length, mediaType, originalName, clock.instant(), role);
    }

    /** Stores a file the user attaches, e.g. a reply. */
    public StoredDocument storeFile(Path file, String option, String role) {
        try {
            if (!Files.isRegularFile(file)) {
                throw AppException.invalidData(option + ": " + file + " is not a file");
            }
            String type = Files.probeContentType(file);
            return store(Files.readAllBytes(file), type == null ? "application/octet-stream" : type,
                    file.getFileName().toString(), role);
        } catch (IOException e) {
            throw AppException.invalidData(option + ": cannot read " + file + " (" + PrivateFiles.reason(e) + ")", e);
        }
    }

    /** Where the document with this hash is kept. */
    public Path path(String sha256) {
        return folder.resolve(sha256);
    }

    /** The lowercase hexadecimal SHA-256 of {@code content}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
