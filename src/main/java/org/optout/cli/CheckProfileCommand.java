package org.optout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.ExitCode;
import org.optout.followup.InertText;
import org.optout.letter.SignatureImage;
import org.optout.profile.ProfileCheck;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout profile check}: validates a profile the way letters will read it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check your profile the way letters will read it: the schema, the signature image (found, "
                + "a PNG or JPEG within the size limits) and each account identifier against the catalogue.",
                "Prints 'FILE: valid', or one line per problem and exits with code 3."})
final class CheckProfileCommand implements Callable<Integer> {
    /** The {@code --json} result. */
    record Result(String file, boolean valid, List<String> problems) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOption profile;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--json", description = "Print {\"file\", \"valid\" (true or false), \"problems\" (one line "
            + "each)} as JSON instead.")
    boolean json;

    private final AppContext context;

    CheckProfileCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        YamlDocuments documents = new YamlDocuments();
        String label = profile.label(context);
        List<String> problems = new ProfileCheck(new ProfileLoader(documents),
                catalogue.load(context, documents).platforms(), SignatureImage::extension)
                .problems(profile.path(context), label).stream().map(context.texts()::get).toList();
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(new Result(label, problems.isEmpty(), problems)));
        } else if (problems.isEmpty()) {
            spec.commandLine().getOut().println(context.texts().get("profile.check.valid", InertText.of(label)));
        } else {
            problems.forEach(problem -> spec.commandLine().getOut().println(InertText.of(problem)));
        }
        return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_DATA.code();
    }
}
