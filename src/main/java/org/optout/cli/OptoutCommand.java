package org.optout.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code optout} command: only a container for the subcommands, which {@link Cli} adds. */
@Command(name = "optout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Object to AI platforms training on your personal data (GDPR art. 21), and keep proof.",
        exitCodeListHeading = "%nExit codes:%n")
final class OptoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
