package org.optout.cli;

import org.optout.ui.Texts;
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

    @Option(names = "--json", description = "As a JSON array: id, platform, state (a code), text, due, next, "
            + "steps (role, command); the keys are stable.")
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
        Texts texts = context.texts();
        TodoOutput.print(items, texts, json, texts.get("todo.none"), spec.commandLine().getOut());
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
