package org.optout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.complaint.ComplaintService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout complaint ID}: the complaint to a supervisory authority. */
@Command(name = "complaint", mixinStandardHelpOptions = true,
        description = {"Draft the complaint to a supervisory authority about a refused or unanswered request: the "
                + "chronology from the tracker, the infringements the facts support, numbered annexes.",
                "CNIL: also the text to paste into its online form. Prints each file written."})
final class DraftComplaintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The objection complained about, e.g. R3.")
    String id;

    @Mixin
    LetterOptions options;

    @Mixin
    TrackerOption tracker;

    @Mixin
    SigningOptions signing;

    @Option(names = "--authority", paramLabel = "ID",
            description = "cnil, apd, dpc… (default: your country's — FR cnil, BE apd, IE dpc — else the lead one).")
    String authority;

    @Option(names = "--force", description = "Draft it even before the deadline passed and without a refusal "
            + "(the draft says so).")
    boolean force;

    @Option(names = "--confidential", description = "Ask the authority to keep your identity from the controller.")
    boolean confidential;

    @Option(names = "--association", paramLabel = "NAME",
            description = "The not-for-profit body lodging it for you under art. 80(1) (its signed mandate is annexed).")
    String association;

    private final AppContext context;

    DraftComplaintCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterOptions.Loaded loaded = options.loadAnyLanguage(context, List.of(), true, LocalDate.now(context.clock()),
                false);
        ComplaintService.Draft draft = new ComplaintService(tracker.open(context), tracker.documents(context),
                context.clock()).draft(new ComplaintService.Options(id, authority, options.language, force,
                confidential, association), loaded.writer(), loaded.request(), loaded.catalogue(),
                language -> signing.seal(context, spec.commandLine().getErr(), loaded.request().profile(), language));
        draft.warnings().forEach(w -> spec.commandLine().getErr().println("optout: warning: " + w));
        draft.files().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getErr().println(draft.complaint().shortId() + ": complaint about " + id.toUpperCase() + " to "
                + draft.authority().shortName() + " drafted; once filed, record it: optout requests complained " + id
                + " --authority " + draft.authority().id() + " --ref REFERENCE");
        return 0;
    }
}
