package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout letter}: writes the art. 21 objection letters. */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = {"Write the GDPR art. 21 objection letter to each platform as an archival PDF (PDF/A-3u).",
                "Prints each file written, one per line."})
final class WriteLetterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "PLATFORM", arity = "1..*", description = "Platform ids (see 'optout platforms').")
        List<String> ids;

        @Option(names = "--all", required = true, description = "Every platform in the catalogue.")
        boolean all;
    }

    @Mixin
    ProfileOption profile;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--lang", paramLabel = "fr|en", converter = LanguageConverter.class,
            completionCandidates = LanguageConverter.class,
            description = "Letter language (default: the profile's language).")
    Language language;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("letters");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The letter's date (default: today).")
    LocalDate date;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A templates directory (fr/, en/, common/) whose files replace the bundled ones.")
    Path templates;

    @Option(names = "--text", description = "Also write the plain-text twin of each letter (for an email or a web form).")
    boolean text;

    private final AppContext context;

    WriteLetterCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        YamlDocuments documents = new YamlDocuments();
        Profile user = profile.load(context, documents);
        Catalogue loaded = catalogue.load(context, documents);
        List<Platform> platforms = target.all ? loaded.platforms() : target.ids.stream().map(loaded::platform).toList();
        LetterWriter writer = new LetterWriter(
                new LetterTemplates(templates == null ? null : context.paths().resolve(templates)), new PdfRenderer());
        List<Path> written = writer.write(new LetterWriter.Request(user, profile.label(context), platforms, language,
                date != null ? date : LocalDate.now(context.clock()), context.paths().resolve(out), text));
        written.forEach(path -> spec.commandLine().getOut().println(path));
        return 0;
    }
}
