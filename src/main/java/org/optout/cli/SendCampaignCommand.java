package org.optout.cli;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.campaign.CampaignImport;
import org.optout.campaign.CampaignSend;
import org.optout.campaign.Pace;
import org.optout.campaign.Progress;
import org.optout.campaign.SendTally;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Platform;
import org.optout.sending.Recipients;
import org.optout.schema.YamlDocuments;
import org.optout.tracker.campaign.JdbcSendQueue;
import org.optout.tracker.RequestStore;
import org.optout.ui.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign send}: emails every signed member's objection to one platform, and records each. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Email each member's objection to the platform's address in the catalogue: written by the "
                + "association on the member's behalf and under their mandate, the mandate attached, From and "
                + "Reply-To the association; only members with a signed mandate who have not withdrawn. The signed "
                + "mandate on record (campaign mandates) is attached, else the mandate form, and the summary counts "
                + "the members sent without a signed copy. Each message is a tracked request of its member.",
                "At a terminal, shows what will be sent and asks first (without a terminal it never asks). Several "
                        + "senders may share one campaign; Ctrl-C stops after the message in flight, and a re-run "
                        + "resumes."})
final class SendCampaignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @Option(names = "--platform", required = true, paramLabel = "ID",
            completionCandidates = CatalogueIds.Platforms.class, description = "The platform to object to.")
    String platform;

    @Option(names = "--rate", paramLabel = "N/min", converter = RateConverter.class,
            description = "Send at most N messages a minute (1 to 6000; default: as fast as the server takes them).")
    int rate;

    @Option(names = {"-y", "--yes"}, description = "Send without asking (at a terminal, campaign send shows what it "
            + "will send and asks first; without a terminal it never asks).")
    boolean yes;

    @Option(names = "--dry-run", description = "Show what would be sent (figures, From, To, the first message's "
            + "subject and attachments); send nothing, record nothing, ask nothing.")
    boolean dryRun;

    @Option(names = "--resend", description = "Send again the messages whose delivery is unknown (check the "
            + "association's sent mail first: the server may have accepted them).")
    boolean resend;

    @Option(names = "--require-signed-copy", description = "Send only to the members whose signed mandate is on "
            + "record (campaign mandates), attached to their message; skip and list the others (without this option "
            + "they are sent the mandate form, and the summary counts them).")
    boolean requireSignedCopy;

    @Option(names = "--accept-unconfirmed", description = "Use an e-mail address the catalogue marks unconfirmed "
            + "(check it first: the deadline runs only from receipt on a channel the controller uses).")
    boolean acceptUnconfirmed;

    @picocli.CommandLine.Mixin
    TemplatesOption templates = new TemplatesOption();

    @Mixin
    TrackerOption tracker;

    @Mixin
    CatalogueOption catalogue;

    @Mixin
    SmtpOptions smtp;

    private final AppContext context;

    SendCampaignCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        Catalogue loaded = catalogue.loadOnly(context, new YamlDocuments(), List.of(platform));
        Platform chosen = loaded.platform(platform);
        String to = Recipients.email(loaded, chosen, acceptUnconfirmed).orElseThrow(() -> AppException.invalidData(
                Message.of("error.campaign.send.no_email", platform))).email();
        RequestStore requests = tracker.open(context);
        CampaignSend service = new CampaignSend(tracker.openCampaigns(context), JdbcSendQueue.of(tracker.store(context)),
                requests, tracker.documents(context), templates.load(context), context.clock(), Pace.Timer.SYSTEM);
        CampaignSend.Request request = new CampaignSend.Request(name, chosen, address(to), rate, resend,
                requireSignedCopy);
        PrintWriter out = spec.commandLine().getOut();
        CampaignSendScreen screen = new CampaignSendScreen(context.texts(), out, spec.commandLine().getErr(),
                commandLine());
        CampaignSend.Preview preview = service.preview(request);
        if (dryRun) {
            screen.preview(name, platform, preview, requireSignedCopy);
            return 0;
        }
        if (!yes && context.terminal()) {
            screen.preview(name, platform, preview, requireSignedCopy);
            long toSend = Math.max(0, preview.signed() - preview.alreadySent());
            if (preview.sample() == null || !new SendScreen(context.texts(), out).confirm(context.stdin().get(),
                    toSend)) {
                return 0;
            }
        }
        Progress progress = CampaignProgress.of(context, spec.commandLine().getErr(), "campaign.progress_send");
        SendTally tally;
        try (StopSignal stop = StopSignal.install()) {
            progress.start(Math.max(0, preview.signed() - preview.alreadySent()));
            try {
                tally = service.send(request, () -> smtp.mailer(context), screen.listener(progress), stop::requested);
            } finally {
                progress.finish();
            }
            screen.summary(name, platform, tally);
        }
        boolean troubled = tally.unreachable() != null || tally.count(SendTally.Outcome.FAILED) > 0
                || tally.count(SendTally.Outcome.UNKNOWN) > 0;
        return troubled ? org.optout.ExitCode.DELIVERY.code() : 0;
    }

    /** This command as typed again, for the advice (the options that change where it works, not --yes). */
    private String commandLine() {
        return "optout campaign send " + name + " --platform " + platform + (requireSignedCopy
                ? " --require-signed-copy" : "") + Quoting.dbOption(tracker);
    }

    private static InternetAddress address(String value) {
        try {
            return new InternetAddress(value, true);
        } catch (AddressException e) {
            throw AppException.invalidData("catalogue: '" + value + "' is not a valid email address");
        }
    }

    /** Reads {@code --rate}: "N/min" or "N", N from 1 to 6000. */
    static final class RateConverter implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String digits = value.strip().replaceFirst("(?i)\\s*/\\s*min$", "");
            if (digits.matches("\\d{1,5}")) {
                int n = Integer.parseInt(digits);
                if (n >= 1 && n <= Pace.MAX_PER_MINUTE) {
                    return n;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a rate from 1/min to "
                    + Pace.MAX_PER_MINUTE + "/min");
        }
    }
}
