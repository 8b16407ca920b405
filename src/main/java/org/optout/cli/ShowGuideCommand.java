package org.optout.cli;

import java.util.concurrent.Callable;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.guide.GuideText;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout guide PLATFORM}: how to switch the platform's AI-training setting off, and whom to write to. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Show how to switch off AI training in the platform's settings (web and mobile), its "
                + "objection forms, contacts and notes.")
final class ShowGuideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Mixin
    ProfileOption profile;

    @Parameters(paramLabel = "PLATFORM", completionCandidates = CatalogueIds.Platforms.class,
            description = "A platform id (see 'optout platforms').")
    String platformId;

    @Mixin
    DocumentLanguage language;

    @Option(names = "--non-user", description = "For a person without an account whose data is on the platform: "
            + "its routes for non-users.")
    boolean nonUser;

    private final AppContext context;

    ShowGuideCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        YamlDocuments documents = new YamlDocuments();
        Catalogue loaded = catalogue.load(context, documents);
        Language shown = language.resolve(profile, context, documents);
        Platform platform = loaded.platform(platformId);
        spec.commandLine().getOut().print(GuideText.format(platform, loaded.leadAuthorityOf(platform),
                shown,
                nonUser));
        return 0;
    }
}
