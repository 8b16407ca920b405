package org.optout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.letter.SignatureImage;
import org.optout.profile.Countries;
import org.optout.profile.ProfileWizard;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout profile init}: writes a profile by asking the questions in the terminal. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create your profile by answering questions (questions on stderr; the file written on stdout).",
                "Every answer is checked as letters will check it; a wrong answer is asked again (3 tries). Your "
                        + "signature image is copied next to the profile. Nothing is written until the last answer."})
final class InitProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where to write the profile (default: $XDG_CONFIG_HOME/optout/profile.yaml, else ~/.config/…). */
    @ArgGroup(exclusive = true)
    OutputFile out;

    @Option(names = "--force", description = "Replace an existing profile file (and the signature image next to it).")
    boolean force;

    @Mixin
    CatalogueOption catalogueOption;

    private final AppContext context;

    InitProfileCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path target = OutputFile.resolve(out, context, "profile.yaml", context.paths().defaultProfile());
        YamlDocuments documents = new YamlDocuments();
        Catalogue catalogue = catalogueOption.load(context, documents);
        ProfileWizard.Setting setting = new ProfileWizard.Setting(documents, context.paths(),
                new Countries(catalogue.authorities().stream().map(Authority::country).distinct().toList()),
                catalogue.platforms(), SignatureImage::extension);
        new ProfileWizard(new TerminalConversation(context.stdin().get(), spec.commandLine().getErr(),
                context.texts()), setting).run(target, force);
        spec.commandLine().getOut().println(target);
        return 0;
    }
}
