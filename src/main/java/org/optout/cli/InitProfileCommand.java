package org.optout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optout.profile.ProfileLoader;
import org.optout.profile.ProfileWizard;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout profile init}: writes a profile by asking the questions in the terminal. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create your profile by answering questions (questions on stderr; the file written on stdout).")
final class InitProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the profile (default: $XDG_CONFIG_HOME/optout/profile.yaml).")
    Path out;

    @Option(names = "--force", description = "Replace an existing profile file.")
    boolean force;

    private final AppContext context;

    InitProfileCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path target = out == null ? context.paths().defaultProfile() : context.paths().resolve(out);
        new ProfileWizard(context.stdin().get(), spec.commandLine().getErr(), new ProfileLoader(new YamlDocuments()))
                .run(target, force);
        spec.commandLine().getOut().println(target);
        return 0;
    }
}
