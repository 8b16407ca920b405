package org.optout.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.optout.campaign.CampaignImport;
import org.optout.campaign.CampaignRequests;
import org.optout.tracker.campaign.JdbcSendQueue;
import org.optout.campaign.CampaignStatus;
import org.optout.campaign.CampaignStore;
import org.optout.ui.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign status}: the campaign's figures. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show a campaign's figures: members, mandates signed, documents written per platform, and the "
                + "tracked requests per platform and status.")
final class ShowCampaignStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    TrackerOption tracker;

    private final AppContext context;

    ShowCampaignStatusCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        CampaignStore store = tracker.openCampaigns(context);
        if (store.campaign(name).isEmpty()) {
            throw org.optout.AppException.usage(org.optout.ui.Message.of("error.campaign.unknown", name));
        }
        CampaignStatus status = store.status(name);
        List<CampaignRequests.PlatformRequests> requests = CampaignRequests.count(tracker.open(context),
                JdbcSendQueue.of(tracker.store(context)), status, java.time.LocalDate.now(context.clock()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.of(new Shown(status, requests)));
            return 0;
        }
        Texts texts = context.texts();
        out.println(texts.get("campaign.status_members", name, Long.toString(status.members()),
                Long.toString(status.withdrawn())));
        out.println(texts.get("campaign.status_mandates", Long.toString(status.mandatesSigned()),
                Long.toString(status.members() - status.mandatesSigned()), Long.toString(status.mandatesWritten())));
        out.println(texts.get("campaign.status_copies", Long.toString(status.signedCopies()),
                Long.toString(status.mandatesSigned() - status.signedCopies())));
        for (CampaignStatus.PlatformCount platform : status.platforms()) {
            out.println(texts.get("campaign.status_platform", platform.platform(),
                    Long.toString(platform.lettersWritten())));
        }
        for (CampaignRequests.PlatformRequests platform : requests) {
            if (platform.total() == 0) {
                continue; // nothing sent for it yet: the line above says what was written
            }
            out.println(texts.get("campaign.status_requests", platform.platform(), Long.toString(platform.total()),
                    platform.byStatus().entrySet().stream()
                            .map(e -> texts.get("requeststatus." + e.getKey()) + " " + e.getValue())
                            .collect(java.util.stream.Collectors.joining(", "))));
            if (platform.overdue() > 0) {
                out.println(texts.get("campaign.status_overdue", platform.platform(),
                        Long.toString(platform.overdue())));
            }
        }
        return 0;
    }

    /** The JSON of the status: the campaign's figures, and its requests per platform and status. */
    record Shown(@JsonUnwrapped CampaignStatus status, List<CampaignRequests.PlatformRequests> requests) {
    }
}
