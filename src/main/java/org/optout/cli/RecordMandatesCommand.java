package org.optout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.ExitCode;
import org.optout.campaign.CampaignMandates;
import org.optout.campaign.CampaignStore.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign mandates}: records the signed mandates the association collected, from a folder. */
@Command(name = "mandates", mixinStandardHelpOptions = true,
        description = {"Record the signed mandates the association collected (scans or signed PDFs), from a folder of "
                + "files named after the members: <member_id>.pdf, .jpg, .jpeg or .png, at most 10 MB each (images "
                + "at most 40 megapixels). Each is kept in the tracker as the member's signed mandate; campaign send "
                + "attaches it and campaign complaint encloses it.",
                "A file that cannot be taken (unknown member, wrong content, too large, no signing date) is listed "
                        + "and the others are recorded; then the exit code is 3. Running it again with the same files "
                        + "changes nothing."})
final class RecordMandatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @Option(names = "--from", required = true, paramLabel = "DIR",
            description = "The folder of signed mandates, one file per member, named after the member's id.")
    Path from;

    @Option(names = "--signed-on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The day every mandate of the folder was signed (YYYY-MM-DD; default: each member's "
                    + "mandate_signed_on from the members file; a member without one is refused).")
    LocalDate signedOn;

    @Option(names = "--dry-run", description = "Check every file and count what would be recorded; record nothing.")
    boolean dryRun;

    @Mixin
    TrackerOption tracker;

    private final AppContext context;

    RecordMandatesCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CampaignMandates.Result result = new CampaignMandates(tracker.openCampaigns(context),
                tracker.documents(context)).run(name, context.paths().resolve(from), from.toString(), signedOn,
                LocalDate.now(context.clock()), dryRun, refusal -> err.println(context.texts().get(refusal.why())));
        PrintWriter out = spec.commandLine().getOut();
        out.println(context.texts().get("mandates.summary", name, Integer.toString(result.count(Recorded.RECORDED)),
                Integer.toString(result.count(Recorded.REPLACED)), Integer.toString(result.count(Recorded.UNCHANGED)),
                Integer.toString(result.refused())));
        if (dryRun) {
            out.println(context.texts().get("campaign.dry_run"));
        }
        return result.refused() > 0 ? ExitCode.INVALID_DATA.code() : ExitCode.OK.code();
    }
}
