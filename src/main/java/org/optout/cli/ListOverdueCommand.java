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

/** {@code optout overdue}: {@code todo}, only what is to be done today or was due before. */
@Command(name = "overdue", mixinStandardHelpOptions = true,
        description = "Like todo, but only what is due now: a passed deadline, a refusal to complain about, a "
                + "setting to re-check, a step to record, with the next command for each.")
final class ListOverdueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Option(names = "--json", description = "As a JSON array, with the keys of todo --json.")
    boolean json;

    private final AppContext context;

    ListOverdueCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RequestList list = tracker.open(context).list();
        LocalDate today = LocalDate.now(context.clock());
        List<Todo.Item> items = Todo.of(list.readable(), today, Quoting.dbOption(tracker)).stream()
                .filter(i -> i.dueBy(today)).toList();
        Texts texts = context.texts();
        TodoOutput.print(items, texts, json, texts.get(list.unreadable().isEmpty() ? "overdue.none"
                : "overdue.none_readable"), spec.commandLine().getOut());
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
