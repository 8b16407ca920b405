package org.optout.cli;

import org.optout.ui.Texts;
import org.optout.ui.Message;
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
        Texts texts = context.texts();
        if (recorded.dateFromMail()) {
            spec.commandLine().getErr().println("optout: " + texts.get("event.date_from_mail",
                    request.events().get(request.events().size() - 1).on()));
        }
        ProofHints.missing(request, event, texts).ifPresent(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().println(texts.get("event.recorded", request.shortId(), request.platform(), type,
                request.status(), request.deadline().map(d -> (Object) Message.of("event.deadline", d.date()))
                        .orElse(""), request.overdue(LocalDate.now(context.clock())) ? Message.of("timeline.overdue")
                        : ""));
        return 0;
    }
}
