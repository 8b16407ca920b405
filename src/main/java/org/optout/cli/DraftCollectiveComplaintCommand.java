package org.optout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.optout.campaign.CampaignImport;
import org.optout.catalogue.Language;
import org.optout.complaint.CampaignComplaint;
import org.optout.complaint.CollectiveComplaintService;
import org.optout.letter.LetterTemplates;
import org.optout.letter.LetterWriter;
import org.optout.pdf.PdfRenderer;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout campaign complaint}: the association's representative complaint about one platform. */
@Command(name = "complaint", mixinStandardHelpOptions = true,
        description = {"Write the association's representative complaint (art. 80(1) GDPR) about one platform, for "
                + "every member whose objection was refused or is overdue: the complaint, the annex listing those "
                + "members, their evidence from the tracker and a SHA-256 manifest, as a folder and a zip.",
                "Prints the files written and how to file them with the authority."})
final class DraftCollectiveComplaintCommand implements Callable<Integer> {
    /** The most members a line names; the rest are counted. */
    private static final int NAMED = 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The campaign.")
    String name;

    @Option(names = "--platform", required = true, paramLabel = "ID",
            completionCandidates = CatalogueIds.Platforms.class, description = "The platform complained about.")
    String platform;

    @Option(names = "--authority", paramLabel = "ID", completionCandidates = CatalogueIds.Authorities.class,
            description = "The authority's id in the catalogue, e.g. cnil, apd, dpc (default: the national authority "
                    + "of the association's country, else the platform's lead authority).")
    String authority;

    @Option(names = "--lang", paramLabel = "fr|en|nl|de", converter = LanguageConverter.class,
            completionCandidates = LanguageConverter.class,
            description = "The complaint's language (default: the association's, if the authority takes it).")
    Language language;

    @Option(names = "--skip-unmandated", description = "Leave out, and list, the members concerned who have not "
            + "signed a mandate (else they stop the complaint).")
    boolean skipUnmandated;

    @Option(names = "--statutes", paramLabel = "FILE", description = "The association's statutes (a PDF), enclosed "
            + "as annex 4.")
    Path statutes;

    @Option(names = "--out", paramLabel = "DIR", description = "The dossier folder to create (it must not exist; "
            + "the zip is written beside it; default: NAME-complaint-PLATFORM).")
    Path out;

    @Mixin
    TrackerOption tracker;

    @Mixin
    CatalogueOption catalogue;

    private final AppContext context;

    DraftCollectiveComplaintCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CampaignImport.requireName(name);
        Path folder = context.paths().resolve(out != null ? out : Path.of(name + "-complaint-" + platform));
        CollectiveComplaintService service = new CollectiveComplaintService(
                new LetterWriter(new LetterTemplates(null), new PdfRenderer()), context.clock());
        CampaignComplaint.Written written = new CampaignComplaint(tracker.openCampaigns(context),
                tracker.openVerified(context), tracker.documents(context), service).write(name,
                catalogue.load(context, new YamlDocuments()), new CollectiveComplaintService.Options(platform,
                        authority, language, skipUnmandated, folder,
                        statutes == null ? null : context.paths().resolve(statutes)), LocalDate.now(context.clock()));
        CollectiveComplaintService.Result result = written.result();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = context.texts();
        result.warnings().forEach(w -> err.println(context.texts().get("warning.line", context.texts().get(w))));
        out.println(written.complaint());
        out.println(result.folder());
        out.println(result.zip());
        err.println(texts.get("campaign.complaint_written", result.authority().shortName(),
                Integer.toString(result.included().size()), platform));
        if (!result.unmandated().isEmpty()) {
            err.println(texts.get("campaign.complaint_unmandated", Integer.toString(result.unmandated().size()),
                    String.join(", ", result.unmandated().stream().limit(NAMED).map(m -> m.memberId()).toList())
                            + (result.unmandated().size() > NAMED ? " (+" + (result.unmandated().size() - NAMED)
                            + ")" : "")));
        }
        if (written.withdrawn() > 0) {
            err.println(texts.get("campaign.withdrawn_kept_out", Integer.toString(written.withdrawn())));
        }
        written.filing().forEach(line -> err.println(texts.get(line)));
        return 0;
    }
}
