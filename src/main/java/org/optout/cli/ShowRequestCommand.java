package org.optout.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.followup.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout requests show ID}. */
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
        spec.commandLine().getOut().print(Timeline.format(tracker.open(context).get(id), LocalDate.now(context.clock())));
        return 0;
    }
}
