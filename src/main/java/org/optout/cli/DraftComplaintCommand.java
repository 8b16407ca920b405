package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.complaint.ComplaintService;
import org.optout.ui.Message;
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
final class DraftComplaintCommand implements Callable<Integer>, RendersLetters {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", completionCandidates = RequestIds.class,
            description = "The objection complained about, e.g. R3.")
    String id;

    @Mixin
    LetterOptions options;

    @Mixin
    TrackerOption tracker;

    @Mixin
    SigningOptions signing;

    @Option(names = "--authority", paramLabel = "ID", completionCandidates = CatalogueIds.Authorities.class,
            description = "The authority's id in the catalogue, e.g. cnil, apd, dpc (default: the national authority "
                    + "of your profile's country, else the platform's lead authority).")
    String authority;

    @Option(names = "--force", description = "Draft it even before the deadline passed and without a refusal "
            + "(the draft says so).")
    boolean force;

    @Option(names = "--confidential", description = "Ask the authority to keep your identity from the controller.")
    boolean confidential;

    @Option(names = "--association", paramLabel = "NAME",
            description = "The not-for-profit body lodging it for you under art. 80(1) (its signed mandate is annexed).")
    String association;

    @Option(names = "--rebuttal", paramLabel = "TEXT", description = "Your own answer to the grounds the controller "
            + "gave for refusing, quoted in the complaint (at most 1,500 characters).")
    String rebuttal;

    @Option(names = "--rebuttal-file", paramLabel = "FILE", description = "The same, read from a UTF-8 text file.")
    Path rebuttalFile;

    private final AppContext context;

    DraftComplaintCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterOptions.Loaded loaded = options.loadAnyLanguage(context, List.of(), true, LocalDate.now(context.clock()),
                false);
        ComplaintService.Draft draft = new ComplaintService(tracker.openVerified(context), tracker.documents(context),
                context.clock()).draft(new ComplaintService.Options(id, authority, options.language, force,
                confidential, association, rebuttal()), loaded.writer(), loaded.request(), loaded.catalogue(),
                language -> signing.seal(context, spec.commandLine().getErr(), loaded.request().profile(), language),
                Quoting.dbOption(tracker));
        draft.warnings().forEach(w -> spec.commandLine().getErr().println(context.texts().get("warning.line",
                context.texts().get(w))));
        draft.files().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getErr().println(context.texts().get("complaint.drafted", draft.complaint().shortId(),
                id.toUpperCase(Locale.ROOT), draft.authority().shortName()));
        draft.filing().forEach(line -> spec.commandLine().getErr().println(context.texts().get(line)));
        return 0;
    }

    private String rebuttal() {
        if (rebuttal != null && rebuttalFile != null) {
            throw AppException.usage(Message.of("error.rebuttal_twice"));
        }
        return rebuttalFile == null ? rebuttal : TextFiles.read(context.paths().resolve(rebuttalFile),
                "--rebuttal-file", ComplaintService.MAX_REBUTTAL * 4);
    }
}
