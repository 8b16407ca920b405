package org.optout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.optout.campaign.Association;
import org.optout.campaign.AssociationLoader;
import org.optout.campaign.CampaignImport;
import org.optout.campaign.MembersCsv;
import org.optout.catalogue.Platform;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign init}: creates or updates a campaign from an association file and a members file. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create or update a campaign: the association and its members (new members added, changed ones "
                + "updated, none deleted).", "A members file with a bad row is refused whole, every bad row listed "
                + "(line, field, problem), unless --skip-invalid."})
final class InitCampaignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign's name (letters, digits, . _ -).")
    String name;

    @Option(names = "--association", required = true, paramLabel = "FILE",
            description = "The association's file (association.yaml).")
    Path association;

    @Option(names = "--members", required = true, paramLabel = "FILE.csv",
            description = "The members file: UTF-8 CSV with a header row (member_id, name, email, address, country, "
                    + "language, situation, mandate_signed_on, account_<platform>).")
    Path members;

    @Option(names = "--skip-invalid", description = "Import the valid rows and list the bad ones it skipped.")
    boolean skipInvalid;

    @Option(names = "--dry-run", description = "Check both files and count what would change; store nothing.")
    boolean dryRun;

    @Mixin
    TrackerOption tracker;

    @Mixin
    CatalogueOption catalogue;

    private final AppContext context;

    InitCampaignCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        YamlDocuments documents = new YamlDocuments();
        Association loaded = new AssociationLoader(documents).load(context.paths().resolve(association),
                association.toString());
        MembersCsv csv = new MembersCsv(catalogue.load(context, documents).platforms().stream().map(Platform::id)
                .collect(Collectors.toSet()), LocalDate.now(context.clock()));
        PrintWriter err = spec.commandLine().getErr();
        CampaignImport.Result result = new CampaignImport(tracker.openCampaigns(context), csv).run(name, loaded,
                context.paths().resolve(members), members.toString(), skipInvalid, dryRun, problems -> problems.forEach(
                        p -> err.println(context.texts().get("campaign.row_problem", members.toString(),
                                Long.toString(p.line()), p.field(), context.texts().get(p.problem())))));
        if (result.invalid() > 0) {
            err.println(context.texts().get("campaign.skipped", Integer.toString(result.invalid())));
        }
        var counts = result.counts();
        spec.commandLine().getOut().println(context.texts().get("campaign.init_summary", name,
                Integer.toString(counts.added()), Integer.toString(counts.updated()),
                Integer.toString(counts.unchanged()), Integer.toString(result.invalid())));
        if (dryRun) {
            spec.commandLine().getOut().println(context.texts().get("campaign.dry_run"));
        }
        if (counts.withdrawn() > 0) {
            spec.commandLine().getOut().println(context.texts().get("campaign.withdrawn_kept_out",
                    Integer.toString(counts.withdrawn())));
        }
        return 0;
    }
}
