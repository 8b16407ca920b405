package org.optout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.campaign.CampaignForget;
import org.optout.campaign.CampaignImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign forget}: a member withdraws; their data is erased except what legal claims need. */
@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "A member withdraws: nothing more is done for them, and their data and letters folder are "
                + "erased, with the signed copy of their mandate, except the requests already sent and their evidence "
                + "and the mandate they were made under (kept for legal claims, art. 17(3)(e) GDPR), which are "
                + "listed.")
final class ForgetMemberCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @Parameters(index = "1", paramLabel = "MEMBER_ID", description = "The member's id (member_id).")
    String memberId;

    @Mixin
    TrackerOption tracker;

    private final AppContext context;

    ForgetMemberCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        CampaignForget.Result result = new CampaignForget(tracker.openCampaigns(context),
                tracker.documents(context)).forget(name, memberId,
                LocalDate.now(context.clock()));
        PrintWriter out = spec.commandLine().getOut();
        out.println(context.texts().get("campaign.forgotten", memberId, name));
        for (Path file : result.deletedFiles()) {
            out.println(context.texts().get("campaign.deleted_file", file));
        }
        if (result.mandate() != null) {
            out.println(context.texts().get(result.mandateKept() ? "campaign.mandate_kept" : "campaign.mandate_erased",
                    result.mandate().sha256()));
        }
        if (result.keptRequests().isEmpty()) {
            out.println(context.texts().get("campaign.kept_none"));
        } else {
            out.println(context.texts().get("campaign.kept", String.join(", ", result.keptRequests())));
        }
        return 0;
    }
}
