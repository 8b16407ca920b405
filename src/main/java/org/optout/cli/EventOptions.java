package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optout.evidence.EvidenceIntake;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestLog;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments every "record what happened" subcommand of {@code requests} takes. */
final class EventOptions {
    @Mixin
    TrackerOption tracker;

    @Parameters(paramLabel = "ID", completionCandidates = RequestIds.class,
            description = "A request id, e.g. R3.")
    String id;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "When it happened (default: the Date: header of an attached .eml, else today).")
    LocalDate on;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with the event (for a refusal: "
            + "the grounds the controller gave, in your words).")
    String note;

    @Option(names = "--ref", paramLabel = "REFERENCE", description = "A reference: case number, tracking number…")
    String reference;

    @Option(names = "--attach", paramLabel = "FILE", description = "Evidence to keep with the event: PNG, JPEG, PDF, "
            + ".eml or .txt, at most 50 MB (repeatable). An .eml reply gives the date and the text of the reply.")
    List<Path> attach = new ArrayList<>();

    @Option(names = "--reply", paramLabel = "EVENT", description = "A reply optout kept (a reply_received event, "
            + "e.g. E7, from 'optout inbox' or 'requests import'): it becomes this event's evidence and gives its date.")
    String reply;

    /** What was recorded, and whether its date came from an attached e-mail. */
    record Recorded(TrackedRequest request, boolean dateFromMail) {
    }

    Recorded record(AppContext context, EventType type) {
        RequestLog log = new RequestLog(tracker.open(context), context.clock()); // a lost tracker stops us first
        EvidenceIntake.Intake intake = new EvidenceIntake(tracker.documents(context), context.clock().getZone())
                .take(attach.stream().map(context.paths()::resolve).toList(), "--attach");
        LocalDate date = on != null ? on : reply != null ? null : intake.mailDate().orElse(null);
        TrackedRequest request = log.record(id, type, date, note, reference, intake.documents(), reply);
        return new Recorded(request, on == null && reply == null && intake.mailDate().isPresent());
    }

    /** The {@code --db} part of a command to print as advice, so that it works exactly as printed. */
    String dbOption() {
        return Quoting.dbOption(tracker);
    }
}
