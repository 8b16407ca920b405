package org.optout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.campaign.AssociationCopy;
import org.optout.campaign.CampaignImport;
import org.optout.campaign.CampaignStatus;
import org.optout.campaign.CampaignStore;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.report.CampaignFigures;
import org.optout.report.CampaignReport;
import org.optout.report.ReportWriter;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign report}: the campaign's figures and charts as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the campaign's report: one self-contained HTML page (nothing loaded from the network) "
                + "with the requests per platform and status, the status over time, the answers per platform and the "
                + "days to answer, as charts and tables, in the interface language.",
                "--out takes a folder (the page is NAME-report.html in it); a name ending in .html that is not a "
                        + "folder is taken as the page itself, as does --out-file."})
final class WriteCampaignReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @ArgGroup(exclusive = true)
    OutputFile target;

    @Mixin
    TrackerOption tracker;

    @Mixin
    CatalogueOption catalogue;

    private final AppContext context;

    WriteCampaignReportCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        CampaignStore store = tracker.openCampaigns(context);
        CampaignStore.StoredCampaign stored = store.campaign(name).orElseThrow(() -> AppException.usage(
                Message.of("error.campaign.unknown", name)));
        CampaignStatus status = store.status(name);
        Map<String, String> names = catalogue.load(context, new YamlDocuments()).platforms().stream()
                .collect(Collectors.toMap(Platform::id, Platform::name));
        CampaignReport report = CampaignFigures.read(tracker.open(context), new CampaignFigures.Campaign(name,
                new AssociationCopy(stored.associationJson(), stored.associationSha256()).association().name(),
                Math.toIntExact(status.mandatesSigned()), status.platforms().stream().collect(Collectors.toMap(
                        CampaignStatus.PlatformCount::platform, p -> Math.toIntExact(p.lettersWritten()))),
                id -> names.getOrDefault(id, id)), LocalDate.now(context.clock()));
        Path file = file();
        PrivateFiles.ensureWritableDirectory(file.toAbsolutePath().getParent(), OutputFile.option(target));
        new ReportWriter(context.texts()).write(report, file);
        spec.commandLine().getOut().println(context.texts().get("campaign.report_written", file,
                Long.toString(report.platforms().stream().mapToLong(p -> p.requests()).sum()),
                Integer.toString(report.platforms().size())));
        return 0;
    }

    /** {@code --out-file}, else the page in the {@code --out} folder; {@code --out x.html} names the page itself. */
    private Path file() {
        String fileName = name + "-report.html";
        if (target != null && target.directory != null) {
            Path given = context.paths().resolve(target.directory);
            if (given.getFileName() != null && given.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(".html") && !Files.isDirectory(given)) {
                return given;
            }
        }
        return OutputFile.resolve(target, context, fileName, context.paths().resolve(Path.of(fileName)));
    }
}
