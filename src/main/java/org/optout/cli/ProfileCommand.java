package org.optout.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout profile}: a container for the profile subcommands. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Manage your profile (your details).",
        subcommands = {InitProfileCommand.class, ShowProfileCommand.class, CheckProfileCommand.class})
final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw UsageError.missingCommand(spec);
    }
}
