package org.optout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.evidence.EvidenceIntake;
import org.optout.tracker.RequestLog;
import org.optout.tracker.TrackedRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout requests attach ID --to EVENT FILE…}: proof that arrived after the step was recorded. */
@Command(name = "attach", mixinStandardHelpOptions = true,
        description = "Add evidence to a step already recorded (a form's confirmation, a proof of posting, a reply): "
                + "PNG, JPEG, PDF, .eml or .txt; 'optout requests show ID' lists the steps (E1, E2…).")
final class AttachEvidenceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Parameters(index = "0", paramLabel = "ID", completionCandidates = RequestIds.class,
            description = "A request id, e.g. R3.")
    String id;

    @Option(names = "--to", paramLabel = "EVENT", required = true, description = "The step it proves, e.g. E7.")
    String event;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with it.")
    String note;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The files to keep.")
    List<Path> files;

    private final AppContext context;

    AttachEvidenceCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RequestLog log = new RequestLog(tracker.open(context), context.clock());
        EvidenceIntake.Intake intake = new EvidenceIntake(tracker.documents(context), context.clock().getZone())
                .take(files.stream().map(context.paths()::resolve).toList(), "FILE");
        TrackedRequest request = log.attach(id, event, intake.documents(), note);
        spec.commandLine().getOut().println(context.texts().get("event.attached", request.shortId(),
                request.platform(), intake.documents().size(), event.toUpperCase(java.util.Locale.ROOT),
                request.status()));
        return 0;
    }
}
