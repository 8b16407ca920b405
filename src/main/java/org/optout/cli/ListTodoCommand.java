package org.optout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.followup.Todo;
import org.optout.tracker.RequestList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout todo}: every open request, where it stands and the exact next command, most urgent first. */
@Command(name = "todo", mixinStandardHelpOptions = true,
        description = "List every open request: where it stands and the exact next command, the most urgent first.")
final class ListTodoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Option(names = "--json", description = "As a JSON array (id, platform, state, due, next).")
    boolean json;

    private final AppContext context;

    ListTodoCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RequestList list = tracker.open(context).list();
        LocalDate today = LocalDate.now(context.clock());
        List<Todo.Item> items = Todo.of(list.readable(), today, Quoting.dbOption(tracker));
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(items));
        } else if (items.isEmpty()) {
            spec.commandLine().getOut().println("nothing to do");
        } else {
            for (Todo.Item item : items) {
                spec.commandLine().getOut().println(item.id() + " " + item.platform() + ": " + item.state()
                        + (item.next() == null ? "" : "\n    next: " + item.next()));
            }
        }
        spec.commandLine().getOut().flush();
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
