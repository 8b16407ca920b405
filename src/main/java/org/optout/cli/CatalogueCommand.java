package org.optout.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout catalogue}: a container for the catalogue subcommands. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = "Work with the catalogue of platforms.",
        subcommands = CheckCatalogueCommand.class)
final class CatalogueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw UsageError.missingCommand(spec);
    }
}
