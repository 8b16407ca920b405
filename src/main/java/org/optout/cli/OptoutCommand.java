package org.optout.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code optout} command: only a container for the subcommands. */
@Command(name = "optout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Object to AI platforms training on your personal data (GDPR art. 21), and keep proof.",
        subcommands = {ListPlatformsCommand.class, ShowGuideCommand.class, WriteLetterCommand.class, SendCommand.class,
                ListRequestsCommand.class, ListOverdueCommand.class, RemindCommand.class, ExportCalendarCommand.class,
                ComputeDeadlineCommand.class, DraftComplaintCommand.class, WriteDossierCommand.class,
                VerifySignatureCommand.class, GenerateKeyCommand.class,
                ProfileCommand.class, CatalogueCommand.class, GenerateCompletion.class},
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
