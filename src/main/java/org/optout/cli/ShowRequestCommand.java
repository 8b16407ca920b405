package org.optout.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.followup.Timeline;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Parameters(paramLabel = "ID", description = "A request id, e.g. R3.")
    String id;

    private final AppContext context;

    ShowRequestCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TrackedRequest request = tracker.open(context).get(id);
        PrintWriter out = spec.commandLine().getOut();
        out.print(Timeline.format(request, LocalDate.now(context.clock())));
        out.flush();
        tracker.documents(context).check(request);
        return 0;
    }
}
