package org.optout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.followup.Timeline;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Command;
import java.util.List;
import org.optout.followup.RequestRow;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code optout requests show ID}. The timeline is printed first, then the request's evidence files are checked
 * against their hashes: a changed or missing file is an error (exit code 4) naming it, after the timeline that
 * shows what it should be.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a request's timeline, its evidence with SHA-256 hashes, and how its deadline is computed.")
final class ShowRequestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Parameters(paramLabel = "ID", completionCandidates = RequestIds.class,
            description = "A request id, e.g. R3.")
    String id;

    @Option(names = "--json", description = "As a JSON object: the keys of 'requests --json' and events (id, type, "
            + "on, recorded_at, note, reference, due_on, about_event, documents: name, size, media_type, sha256, role); "
            + "the keys are stable.")
    boolean json;

    /** {@code requests show --json}. */
    record Json(@com.fasterxml.jackson.annotation.JsonUnwrapped RequestRow request, List<JsonEvent> events) {
    }

    record JsonEvent(String id, String type, LocalDate on, java.time.Instant recordedAt, String note,
                     String reference, LocalDate dueOn, String aboutEvent, List<JsonDocument> documents) {
    }

    record JsonDocument(String name, long size, String mediaType, String sha256, String role) {
    }

    private final AppContext context;

    ShowRequestCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TrackedRequest request = tracker.open(context).get(id);
        PrintWriter out = spec.commandLine().getOut();
        LocalDate today = LocalDate.now(context.clock());
        if (json) {
            out.println(JsonOutput.of(new Json(RequestRow.of(request, today), request.events().stream()
                    .map(e -> new JsonEvent(e.shortId(), e.type().label(), e.on(), e.recordedAt(), e.note(),
                            e.reference(), e.dueOn(), e.aboutEventId() == null ? null : "E" + e.aboutEventId(),
                            e.documents().stream().map(d -> new JsonDocument(d.originalName(), d.size(),
                                    d.mediaType(), d.sha256(), d.role())).toList())).toList())));
        } else {
            out.print(Timeline.format(request, today, context.texts()));
        }
        out.flush();
        tracker.documents(context).check(request);
        return 0;
    }
}
