package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestLog;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments every "record what happened" subcommand of {@code requests} takes. */
final class EventOptions {
    @Mixin
    TrackerOption tracker;

    @Parameters(paramLabel = "ID", description = "A request id, e.g. R3.")
    String id;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "When it happened (default: today).")
    LocalDate on;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with the event.")
    String note;

    @Option(names = "--ref", paramLabel = "REFERENCE", description = "A reference: case number, tracking number…")
    String reference;

    @Option(names = "--attach", paramLabel = "FILE", description = "A document to keep as evidence (e.g. the reply).")
    Path attach;

    TrackedRequest record(AppContext context, EventType type) {
        StoredDocument document = attach == null ? null
                : tracker.documents(context).storeFile(context.paths().resolve(attach), "--attach", "attachment");
        return new RequestLog(tracker.open(context), context.clock()).record(id, type, on, note, reference, document);
    }
}
