package org.optout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.followup.NextStep;
import org.optout.tracker.RequestList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout overdue}: what is late, and the next step for each. */
@Command(name = "overdue", mixinStandardHelpOptions = true,
        description = "List the requests whose legal deadline has passed (and settings due for a re-check), with the "
                + "next step for each.")
final class ListOverdueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    private final AppContext context;

    ListOverdueCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RequestList list = tracker.open(context).list();
        List<String> lines = NextStep.due(list.readable(), LocalDate.now(context.clock()));
        if (lines.isEmpty()) {
            spec.commandLine().getOut().println("nothing overdue"
                    + (list.unreadable().isEmpty() ? "" : " among the requests optout can read"));
        }
        lines.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
