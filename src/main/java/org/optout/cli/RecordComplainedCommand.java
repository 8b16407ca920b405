package org.optout.cli;

import org.optout.ui.Message;
import java.util.concurrent.Callable;
import java.time.LocalDate;
import java.util.Optional;
import org.optout.complaint.Complaints;
import org.optout.schema.YamlDocuments;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStore;
import org.optout.tracker.EventType;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout requests complained ID --authority X --ref REFERENCE}: records the filing of a complaint. */
@Command(name = "complained", mixinStandardHelpOptions = true,
        description = "Record that you filed the complaint with an authority, with its case reference.")
final class RecordComplainedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EventOptions event;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--authority", paramLabel = "ID", completionCandidates = CatalogueIds.Authorities.class,
            required = true, description = "cnil, apd, dpc…")
    String authority;

    private final AppContext context;

    RecordComplainedCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var known = catalogue.load(context, new YamlDocuments()).authority(authority).orElseThrow(() ->
                org.optout.AppException.usage(Message.of("error.unknown_authority", authority)));
        event.note = "lodged with " + known.shortName() + (event.note == null ? "" : "; " + event.note);
        RequestStore store = event.tracker.open(context);
        TrackedRequest named = store.get(event.id);
        if (named.kind() == RequestKind.COMPLAINT && named.parentId() != null) {
            event.id = "R" + named.parentId(); // the complaint's own id names its objection
        }
        TrackedRequest request = event.record(context, EventType.COMPLAINT_FILED).request();
        LocalDate on = request.latest(EventType.COMPLAINT_FILED).orElseThrow().on();
        Optional<TrackedRequest> complaint = Complaints.filed(store, request, known.id(), on, event.reference);
        spec.commandLine().getOut().println(context.texts().get("event.complained", request.shortId(),
                request.platform(), known.shortName(), request.status(),
                complaint.map(c -> (Object) Message.of("event.complaint_status", c.shortId(), c.status())).orElse("")));
        return 0;
    }
}
