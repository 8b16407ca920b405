package org.optout.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.campaign.CampaignImport;
import org.optout.campaign.CampaignLetters;
import org.optout.campaign.CampaignStore;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterTemplates;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign letters}: writes every member's objections, and the mandate to sign when it is not. */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = {"Write, for each member, the objection the association sends to each platform on their behalf "
                + "(art. 80(1) GDPR), and the mandate to sign when mandate_signed_on is empty: one folder per member.",
                "Resumable: a re-run skips the documents already written and still up to date."})
final class WriteCampaignLettersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @Option(names = "--platform", required = true, split = ",", paramLabel = "ID",
            completionCandidates = CatalogueIds.Platforms.class,
            description = "The platforms to object to (repeat or separate with commas).")
    List<String> platforms;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder of the members' folders (default: the campaign's last one, else campaign-NAME).")
    Path out;

    /** Without --jobs: one thread per processor, at most this many (each thread keeps its own fonts in memory). */
    static final int DEFAULT_JOBS_AT_MOST = 4;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Render on N threads (1 to 16; default: one per processor, at most 4).")
    Integer jobs;

    @picocli.CommandLine.Mixin
    TemplatesOption templates = new TemplatesOption();

    @Mixin
    TrackerOption tracker;

    @Mixin
    CatalogueOption catalogue;

    private final AppContext context;

    WriteCampaignLettersCommand(AppContext context) {
        this.context = context;
    }

    /** The threads to render on: {@code --jobs}, else one per processor, at most {@link #DEFAULT_JOBS_AT_MOST}. */
    static int threads(Integer jobs, int processors) {
        return jobs != null ? jobs : Math.max(1, Math.min(DEFAULT_JOBS_AT_MOST, processors));
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        int threads = threads(jobs, Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > 16) {
            throw org.optout.AppException.usage(org.optout.ui.Message.of("error.campaign.jobs",
                    Integer.toString(threads)));
        }
        Catalogue loaded = catalogue.loadOnly(context, new YamlDocuments(), platforms);
        List<Platform> chosen = platforms.stream().distinct().map(loaded::platform).toList();
        CampaignStore store = tracker.openCampaigns(context);
        Path folder = out != null ? context.paths().resolve(out) : store.campaign(name)
                .map(CampaignStore.StoredCampaign::outDirectory).filter(d -> d != null).map(Path::of)
                .orElse(context.paths().resolve(Path.of("campaign-" + name)));
        LetterTemplates letterTemplates = templates.load(context);
        CampaignLetters.Summary summary = new CampaignLetters(store, letterTemplates).write(
                new CampaignLetters.Request(name, chosen, folder, threads, LocalDate.now(context.clock())),
                CampaignProgress.of(context, spec.commandLine().getErr()));
        spec.commandLine().getOut().println(context.texts().get("campaign.letters_summary",
                Long.toString(summary.members()), Integer.toString(summary.objections()),
                Integer.toString(summary.mandates()), Integer.toString(summary.alreadyDone()), folder));
        return 0;
    }
}
