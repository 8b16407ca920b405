package org.optout.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.tracker.EventType;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code optout requests acknowledged|extended|…  ID}: records one kind of event; one instance is registered per
 * event name (see {@link Cli}).
 */
@Command(mixinStandardHelpOptions = true)
final class RecordEventCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EventOptions event;

    private final AppContext context;
    private final EventType type;

    RecordEventCommand(AppContext context, EventType type) {
        this.context = context;
        this.type = type;
    }

    @Override
    public Integer call() {
        EventOptions.Recorded recorded = event.record(context, type);
        TrackedRequest request = recorded.request();
        if (recorded.dateFromMail()) {
            spec.commandLine().getErr().println("optout: the date " + request.events().get(request.events().size() - 1)
                    .on() + " comes from the attached e-mail's Date: header (--on overrides it)");
        }
        ProofHints.missing(request, event).ifPresent(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().println(request.shortId() + " " + request.platform() + ": " + type.label()
                + " recorded; status " + request.status().label()
                + request.deadline().map(d -> ", deadline " + d.date()).orElse("")
                + (request.overdue(LocalDate.now(context.clock())) ? " (OVERDUE)" : ""));
        return 0;
    }
}
