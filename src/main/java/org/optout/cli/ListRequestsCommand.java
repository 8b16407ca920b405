package org.optout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.followup.RequestRow;
import org.optout.tracker.RequestList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout requests}: lists tracked requests; its subcommands record what happened to them. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "List your requests: id, platform, channel, status, deadline, days left or overdue.",
        subcommands = {ShowRequestCommand.class, RecordSentCommand.class, AttachEvidenceCommand.class,
                RecordComplainedCommand.class, VerifyRequestsCommand.class,
                ImportRepliesCommand.class})
final class ListRequestsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    /** For shell completion: the ids, one per line, and nothing else (no tracker, no ids, no error). */
    @Option(names = "--ids", hidden = true)
    boolean ids;

    private final AppContext context;

    ListRequestsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (ids) {
            if (tracker.exists(context)) {
                tracker.open(context).list().readable().forEach(r -> spec.commandLine().getOut().println(r.shortId()));
            }
            return 0;
        }
        LocalDate today = LocalDate.now(context.clock());
        RequestList list = tracker.open(context).list();
        List<RequestRow> rows = list.readable().stream().map(r -> RequestRow.of(r, today)).toList();
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(rows));
        } else if (!rows.isEmpty() || list.unreadable().isEmpty()) { // not "no requests yet" when some are unreadable
            spec.commandLine().getOut().print(RequestTable.of(rows, context.texts()));
        }
        spec.commandLine().getOut().flush();
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
