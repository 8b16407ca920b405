package org.optout.cli;

import org.optout.ui.Texts;
import org.optout.ui.Message;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.catalogue.Channel;
import org.optout.tracker.EventType;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout requests sent ID}: records a request the user sent by hand (web form, post, or email). */
@Command(name = "sent", mixinStandardHelpOptions = true,
        description = "Record that you sent a request yourself: web form (--ref CASE-NUMBER) or registered post "
                + "(--via post --ref TRACKING-NUMBER) or email from your own mail program (--via email --attach "
                + "SENT.eml).")
final class RecordSentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EventOptions event;

    @Option(names = "--via", paramLabel = "email|form|post|setting", converter = ViaConverter.class,
            completionCandidates = ViaConverter.class,
            description = "How it was sent; must be the channel it was prepared for (default: that channel).")
    Channel via;

    /** The older name of --via, still accepted. */
    @Option(names = "--by", hidden = true, converter = ViaConverter.class)
    Channel by;

    private final AppContext context;

    RecordSentCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (via != null && by != null && via != by) {
            throw AppException.usage(Message.of("error.via_by", via.label(), by.label()));
        }
        Channel channel = via != null ? via : by;
        if (channel != null) {
            requireChannel(event.tracker.open(context).get(event.id), channel);
        }
        TrackedRequest request = event.record(context, EventType.SENT).request();
        Texts texts = context.texts();
        ProofHints.missing(request, event, texts).ifPresent(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().println(texts.get("event.recorded", request.shortId(), request.platform(),
                EventType.SENT, request.status(), request.deadline()
                        .map(d -> (Object) Message.of("event.deadline", d.date()))
                        .orElse(request.receivedOn().isEmpty() ? Message.of("event.record_receipt",
                                "optout requests received " + request.shortId() + " --on YYYY-MM-DD") : ""), ""));
        return 0;
    }

    /** Refuses --via when it is not the channel the request was prepared for. */
    private static void requireChannel(TrackedRequest request, Channel via) {
        if (request.channel() != via) {
            throw AppException.invalidData(Message.of("error.via_other", request.shortId(), request.channel(),
                    via, "optout send " + request.platform() + " --via " + via.label()));
        }
    }
}
