package org.optout.tracker;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.ui.Message;

/**
 * Where evidence (letters, sent messages, replies) is kept, each document named by its SHA-256 and never
 * overwritten: storing the same bytes again reuses it. Every read checks that the document still has the SHA-256
 * and size recorded: evidence that changed is reported, never used. The tracker's database chooses the store
 * ({@link JdbcRequestStore#documents}): a folder beside a SQLite file, a table of a PostgreSQL database.
 */
public interface DocumentStore {
    /** Stores {@code content}; returns its description, to attach to an event. */
    StoredDocument store(byte[] content, String mediaType, String originalName, String role);

    /** Stores a file the user attaches (a reply, a confirmation), hashed as it is copied in. */
    StoredDocument storeFile(Path file, String mediaType, String originalName, String role);

    /**
     * Reads a stored document, checking that it is still the one recorded (SHA-256 and size).
     *
     * @throws AppException exit code 4, naming the document by its original name and hash, when it is missing,
     *     unreadable or changed
     */
    byte[] read(StoredDocument document);

    /**
     * What is wrong with the stored copy of the document with this SHA-256 and size: "missing", "changed (…)",
     * "unreadable (…)"…; empty when it is intact.
     */
    Optional<Message> problem(String sha256, long size);

    /**
     * Erases a document that no event refers to: the signed mandate copy of a member who withdrew before anything
     * was done under it (GDPR art. 17). The caller makes sure nothing else refers to it; a document an event refers
     * to is evidence, and a shared tracker refuses to delete it (exit 4). Erasing a missing document does nothing.
     */
    void erase(String sha256);

    /** Where the documents are, for messages: "in /home/…/documents", "in the tracker user@host:5432/db". */
    Message place();

    /**
     * Checks every document of {@code request}'s events. Call it before using a request's evidence, e.g. to attach
     * it to a complaint.
     *
     * @throws AppException exit code 4, one line naming every changed or missing document by its original name and
     *     hash
     */
    default void check(TrackedRequest request) {
        check(request.shortId(), request.events().stream().flatMap(e -> e.documents().stream()).toList());
    }

    /**
     * Checks {@code documents} (each hash once).
     *
     * @param owner whose evidence it is, for the message, e.g. "R3"
     * @throws AppException exit code 4, one line naming every changed or missing document by its original name and
     *     hash
     */
    default void check(String owner, Collection<StoredDocument> documents) {
        Map<String, StoredDocument> unique = new LinkedHashMap<>();
        documents.forEach(d -> unique.putIfAbsent(d.sha256(), d));
        List<Message> problems = unique.values().stream()
                .flatMap(d -> problem(d.sha256(), d.size()).map(p -> DocumentChecks.describe(d, p)).stream())
                .toList();
        if (!problems.isEmpty()) {
            Message all = problems.get(problems.size() - 1);
            for (int i = problems.size() - 2; i >= 0; i--) {
                all = Message.of("evidence.problems", problems.get(i), all);
            }
            throw new AppException(Message.of("evidence.owner_not_as_recorded", owner, place(), all),
                    ExitCode.DELIVERY);
        }
    }

    /** The lowercase hexadecimal SHA-256 of {@code content}. */
    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(DocumentChecks.newDigest().digest(content));
    }
}
