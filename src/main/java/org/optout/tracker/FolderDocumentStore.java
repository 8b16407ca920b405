package org.optout.tracker;

import java.security.DigestOutputStream;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.StandardCopyOption;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.optout.AppException;
import org.optout.ui.Message;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;

/**
 * Keeps evidence files (letters, sent messages, replies) in a folder, each named by its SHA-256, readable by the
 * user only: the evidence of a SQLite tracker, in the {@code documents} folder beside it. A file is written once and never overwritten: storing the same bytes again reuses it. Every read
 * checks that the file still has the SHA-256 and size recorded: evidence that changed is reported, never used.
 */
public final class FolderDocumentStore implements DocumentStore {
    private final Path folder;
    private final Clock clock;

    public FolderDocumentStore(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Stores {@code content}; returns its description, to attach to an event. */
    @Override
    public StoredDocument store(byte[] content, String mediaType, String originalName, String role) {
        String sha256 = DocumentStore.sha256(content);
        Path target = path(sha256);
        try {
            if (!Files.exists(target)) {
                PrivateFiles.createPrivateDirectories(folder);
                PrivateFiles.write(target, content);
            }
        } catch (IOException e) {
            throw new AppException(Message.of("evidence.cannot_store", folder, PrivateFiles.why(e)),
                    ExitCode.DELIVERY, e);
        }
        return new StoredDocument(sha256, content.length, mediaType, originalName, clock.instant(), role);
    }

    /**
     * Stores a file the user attaches (a reply, a confirmation), streamed: it is hashed while it is copied into the
     * store, never held whole in memory.
     */
    @Override
    public StoredDocument storeFile(Path file, String mediaType, String originalName, String role) {
        Path incoming = null;
        try {
            PrivateFiles.createPrivateDirectories(folder);
            incoming = Files.createTempFile(folder, ".incoming-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = Files.newInputStream(file);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), digest)) {
                size = in.transferTo(out);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = path(sha256);
            if (Files.exists(target)) {
                Files.delete(incoming);
            } else {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredDocument(sha256, size, mediaType, originalName, clock.instant(), role);
        } catch (IOException e) {
            deleteQuietly(incoming);
            throw new AppException(Message.of("evidence.cannot_store_file", file, folder,
                    PrivateFiles.why(e)), ExitCode.DELIVERY, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the store failed already; that error is the one to report, and the next store cleans nothing up
        }
    }

    /**
     * Reads a stored document, checking that it is still the one recorded (SHA-256 and size). Read evidence with
     * this rather than through {@link #path(String)}.
     *
     * @throws AppException exit code 4, naming the file by its original name and hash, when it is missing, not a
     *     regular file, unreadable or changed
     */
    @Override
    public byte[] read(StoredDocument document) {
        Optional<Message> problem = DocumentChecks.invalidName(document.sha256())
                .or(() -> notAFile(path(document.sha256())));
        if (problem.isEmpty()) {
            try {
                byte[] content = Files.readAllBytes(path(document.sha256()));
                problem = DocumentChecks.changed(content.length, document.size(), DocumentStore.sha256(content),
                        document.sha256());
                if (problem.isEmpty()) {
                    return content;
                }
            } catch (IOException e) {
                problem = Optional.of(DocumentChecks.unreadable(PrivateFiles.reason(e)));
            }
        }
        throw new AppException(Message.of("evidence.not_as_recorded", DocumentChecks.describe(document, problem.get()),
                place()), ExitCode.DELIVERY);
    }

    /**
     * What is wrong with the stored copy of the document with this SHA-256 and size: "missing", "not a regular
     * file", "changed (…)", "unreadable (…)"; empty when it is intact. Streams the file through the hash.
     */
    @Override
    public Optional<Message> problem(String sha256, long size) {
        Optional<Message> invalid = DocumentChecks.invalidName(sha256);
        if (invalid.isPresent()) {
            return invalid;
        }
        Path file = path(sha256);
        Optional<Message> notAFile = notAFile(file);
        if (notAFile.isPresent()) {
            return notAFile;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = DocumentChecks.newDigest();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                read += n;
            }
            return DocumentChecks.changed(read, size, HexFormat.of().formatHex(digest.digest()), sha256);
        } catch (IOException e) {
            return Optional.of(DocumentChecks.unreadable(PrivateFiles.reason(e)));
        }
    }

    @Override
    public void erase(String sha256) {
        if (DocumentChecks.invalidName(sha256).isPresent()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new AppException(Message.of("evidence.cannot_erase", sha256, folder, PrivateFiles.why(e)),
                    ExitCode.DELIVERY, e);
        }
    }

    /** The folder the documents are kept in. */
    public Path folder() {
        return folder;
    }

    @Override
    public Message place() {
        return Message.of("evidence.place.folder", folder);
    }

    private static Optional<Message> notAFile(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(DocumentChecks.missing());
        }
        return Files.isRegularFile(file) ? Optional.empty() : Optional.of(Message.of("evidence.problem.not_a_file"));
    }

    /** Where the document with this hash is kept. */
    public Path path(String sha256) {
        return folder.resolve(sha256);
    }
}
