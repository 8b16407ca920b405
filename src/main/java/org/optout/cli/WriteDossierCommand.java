package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.complaint.DossierService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout dossier ID}: the evidence dossier of a complaint as a zip. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Write the evidence dossier of a complaint (zip): the complaint, the original letter, sent "
                + "messages, reminders and replies, an annex index, and a manifest of SHA-256 hashes and roles.")
final class WriteDossierCommand implements Callable<Integer>, RendersLetters {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", completionCandidates = RequestIds.class,
            description = "The objection complained about, e.g. R3.")
    String id;

    @Mixin
    ProfileOption profile;

    @Mixin
    CatalogueOption catalogue;

    @Mixin
    TrackerOption tracker;

    @ArgGroup(exclusive = true)
    OutputFile out;

    @Option(names = "--embed", description = "Also attach the annexes inside the complaint PDF (PDF/A-3); a signed "
            + "complaint is signed again, with the same key (--sign-p12).")
    boolean embed;

    @Option(names = "--authority", paramLabel = "ID", completionCandidates = CatalogueIds.Authorities.class,
            description = "The authority whose complaint to pack (needed when complaints went to several).")
    String authority;

    @Mixin
    SigningOptions signing;

    private final AppContext context;

    WriteDossierCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterOptions letters = new LetterOptions();
        letters.profile = profile;
        letters.catalogue = catalogue;
        LetterOptions.Loaded loaded = letters.loadAnyLanguage(context, List.of(), true, LocalDate.now(context.clock()),
                false);
        String name = "dossier-" + id.toUpperCase(java.util.Locale.ROOT) + ".zip";
        Path zip = OutputFile.resolve(out, context, name, context.paths().resolve(Path.of(name)));
        DossierService.Dossier dossier = new DossierService(tracker.openVerified(context), tracker.documents(context),
                context.clock()).write(id, authority, loaded.writer(), loaded.request(), loaded.catalogue(), zip, embed,
                signing.p12 == null ? null : language -> signing.seal(context, spec.commandLine().getErr(),
                        loaded.request().profile(), language));
        spec.commandLine().getOut().println(dossier.zip());
        return 0;
    }
}
