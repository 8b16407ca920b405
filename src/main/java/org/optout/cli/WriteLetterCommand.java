package org.optout.cli;

import org.optout.letter.LetterWarnings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout letter}: writes the art. 21 objection letters. */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = {"Write the GDPR art. 21 objection letter to each platform as an archival PDF (PDF/A-3u).",
                "Prints each file written, one per line."})
final class WriteLetterCommand implements Callable<Integer>, RendersLetters {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    LetterOptions.Target target;

    @Mixin
    LetterOptions options;

    @Mixin
    ObjectionOptions objection;

    @Mixin
    SigningOptions signing;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The letter's date (default: today).")
    LocalDate date;

    @Option(names = "--text", description = "Also write the plain-text twin of each letter (for an email or a web form).")
    boolean text;

    private final AppContext context;

    WriteLetterCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LetterOptions.Loaded loaded = options.load(context, target.ids, target.all,
                date != null ? date : LocalDate.now(context.clock()), text, objection.choices());
        List<Path> written = loaded.writer().write(loaded.request(), signing.seal(context, spec.commandLine().getErr(),
                loaded.request().profile(), loaded.language()));
        written.forEach(path -> spec.commandLine().getOut().println(path));
        LetterWarnings.of(loaded.request().profile(), loaded.request().profileLabel(), loaded.request().platforms(),
                loaded.language(), loaded.request().choices())
                .forEach(w -> spec.commandLine().getErr().println(context.texts().get("warning.line",
                        context.texts().get(w))));
        return 0;
    }
}
