package org.optout.cli;

import java.nio.file.Path;
import org.optout.letter.LetterTemplates;
import picocli.CommandLine.Option;

/** The {@code --templates} option shared by the commands that write letters. */
final class TemplatesOption {
    @Option(names = "--templates", paramLabel = "DIR",
            description = "A templates directory (fr/, en/, nl/, de/, common/) whose files replace the bundled ones.")
    Path templates;

    /** The bundled templates, with the files of {@code --templates} in their place when it is given. */
    LetterTemplates load(AppContext context) {
        return new LetterTemplates(templates == null ? null : context.paths().resolve(templates));
    }
}
