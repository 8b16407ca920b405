package org.optout.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code optout campaign}: a container for the commands of an association's collective campaign (art. 80(1)). */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Object for the members of an association, on their mandate (GDPR art. 80(1)).",
        subcommands = {InitCampaignCommand.class, WriteCampaignLettersCommand.class, ShowCampaignStatusCommand.class,
                SendCampaignCommand.class, ForgetMemberCommand.class, WriteCampaignReportCommand.class,
                DraftCollectiveComplaintCommand.class, RecordMandatesCommand.class})
final class CampaignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: init, letters, mandates, send, status, report, complaint or forget");
    }
}
