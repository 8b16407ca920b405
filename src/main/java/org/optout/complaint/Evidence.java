package org.optout.complaint;

import org.optout.tracker.DocumentStore;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;

/** Reads a request's evidence only as it was recorded: a changed or missing file stops the complaint (exit 4). */
final class Evidence {
    private final DocumentStore documents;

    Evidence(DocumentStore documents) {
        this.documents = documents;
    }

    /** Checks every document of {@code request} against its recorded hash. */
    void check(TrackedRequest request) {
        documents.check(request);
    }

    /** The document's bytes, which match its recorded SHA-256. */
    byte[] read(StoredDocument doc) {
        return documents.read(doc);
    }
}
