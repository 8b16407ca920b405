package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.pdf.PdfFacts;
import org.optout.tracker.DocumentStore;

/**
 * Complaints drafted from a tracker holding a silent request (R1, LinkedIn, by web form) and a refused one (R2,
 * Meta, by post), for CNIL, APD (French and Dutch) and DPC; and the evidence dossier.
 */
class ComplaintCommandTest {
    @TempDir
    Path home;

    private CliRun at(String date, String... args) {
        return CliRun.at(home, date, args);
    }

    private CliRun ok(String date, String... args) {
        return CliRun.ok(home, date, args);
    }

    @BeforeEach
    void silentAndRefusedRequests() {
        TestFiles.sampleProfile(home);
        ok("2026-03-01", "send", "linkedin", "meta-ai", "--via", "form", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("li-confirmation.png"));
        TestFiles.copy(TestFiles.SAMPLES.resolve("objection-linkedin-fr.pdf"), home.resolve("posting-receipt.pdf"));
        ok("2026-03-05", "requests", "sent", "R1", "--ref", "LI-777", "--attach", "li-confirmation.png", "--db", "t.db");
        ok("2026-03-05", "requests", "sent", "R2", "--ref", "META-42", "--attach", "posting-receipt.pdf", "--db", "t.db");
        TestFiles.write(home.resolve("refusal.txt"), "We have compelling legitimate grounds.");
        ok("2026-03-20", "requests", "refused", "R2", "--attach", "refusal.txt", "--db", "t.db");
        ok("2026-04-08", "remind", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        ok("2026-04-08", "requests", "reminded", "R1", "--db", "t.db");
    }

    private String complaint(String date, String... args) {
        CliRun run = ok(date, args);
        Path pdf = Path.of(run.outLines().get(0));
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
        assertThat(PdfFacts.of(pdf).pages()).isBetween(1, 3);
        return PdfFacts.of(pdf).flatText();
    }

    @Test
    void cnil_complaint_about_silence_with_the_form_text() {
        CliRun run = ok("2026-05-02", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(run.outLines()).containsExactly(home.resolve("letters/complaint-R1-cnil-fr.pdf").toString(),
                home.resolve("letters/complaint-R1-cnil-form.txt").toString());
        String text = PdfFacts.of(Path.of(run.outLines().get(0))).flatText();
        assertThat(text).contains("LinkedIn Ireland Unlimited Company", "Camille Durand", "5 mars 2026",
                "7 avril 2026", "8 avril 2026", "LI-777", "12", "21", "77", "Annexe 1");
        assertThat(text).containsPattern("12\\s*\\(?3\\)?|12, paragraphe 3").containsPattern("12\\s*\\(?4\\)?|12, paragraphe 4");
        String form = TestFiles.read(home.resolve("letters/complaint-R1-cnil-form.txt")).replace('\u00A0', ' ');
        assertThat(form).contains("Organisme mis en cause", "LinkedIn Ireland Unlimited Company", "Démarches",
                "5 mars 2026", "LI-777", "Pièces jointes", "complaint-R1-cnil-fr.pdf", "annex-01-",
                "annex-index-R1.pdf");
        assertThat(PdfFacts.pdfaViolations(Path.of(run.outLines().get(0)))).isEmpty();
    }

    @Test
    void apd_complaint_about_a_refusal_is_dated_and_signed_in_french_and_dutch() {
        String fr = complaint("2026-05-02", "complaint", "R2", "--authority", "apd", "--profile", "profile.yaml", "--ui-lang", "en",
                "--db", "t.db");
        assertThat(fr).contains("Meta Platforms Ireland Limited", "5 mars 2026", "20 mars 2026", "META-42",
                "21", "Fait à Lyon, le 2 mai 2026", "Camille Durand");
        String nl = complaint("2026-05-02", "complaint", "R2", "--authority", "apd", "--lang", "nl", "--profile",
                "profile.yaml", "--db", "t.db");
        assertThat(nl).contains("Meta Platforms Ireland Limited", "5 maart 2026", "20 maart 2026", "2 mei 2026",
                "Camille Durand", "Drukpersstraat 35", "1000 Brussel").doesNotContain("Rue de la Presse");
    }

    @Test
    void the_authority_note_is_in_the_interface_language() {
        CliRun fr = ok("2026-05-02", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "fr", "--db", "t.db");
        assertThat(fr.err()).contains("R3\u00a0: plainte au sujet de R1 préparée (autorité\u00a0: CNIL).")
                .doesNotContain("drafted");
        assertThat(fr.err()).contains("Exercez d’abord vos droits auprès de l’organisme")
                .doesNotContain("Exercise your rights with the organisation first");
        CliRun en = ok("2026-05-02", "complaint", "R1", "--force", "--profile", "profile.yaml", "--ui-lang", "en",
                "--db", "t.db");
        assertThat(en.err()).contains("Exercise your rights with the organisation first")
                .doesNotContain("Exercez d’abord");
    }

    @Test
    void dpc_complaint_in_english() {
        String en = complaint("2026-05-02", "complaint", "R2", "--authority", "dpc", "--profile", "profile.yaml", "--ui-lang", "en",
                "--db", "t.db");
        assertThat(en).contains("Data Protection Commission", "Meta Platforms Ireland Limited", "5 March 2026",
                "20 March 2026", "21(1)", "17(1)(c)", "Annex 1");
    }

    @Test
    void no_complaint_before_the_deadline_or_a_refusal_unless_forced() {
        CliRun early = at("2026-04-07", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(early.exitCode()).isEqualTo(3);
        assertThat(early.err()).contains("R1 was neither refused nor left unanswered", "from 2026-04-08", "--force");
        assertThat(early.err().lines().count()).isEqualTo(1);
        assertThat(home.resolve("letters/complaint-R1-cnil-fr.pdf")).doesNotExist();

        CliRun forced = ok("2026-04-07", "complaint", "R1", "--force", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(forced.err()).contains("warning", "--force");
        assertThat(PdfFacts.of(Path.of(forced.outLines().get(0))).flatText()).contains("8 avril 2026");
    }

    @Test
    void bad_input_is_one_line() {
        CliRun unknownAuthority = at("2026-05-02", "complaint", "R1", "--authority", "cnill", "--profile",
                "profile.yaml", "--db", "t.db", "--ui-lang", "en");
        assertThat(unknownAuthority.exitCode()).isEqualTo(2);
        assertThat(unknownAuthority.err().lines().count()).isEqualTo(1);
        assertThat(unknownAuthority.err()).contains("--authority", "'cnill'");
        CliRun unknownRequest = at("2026-05-02", "complaint", "R99", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        assertThat(unknownRequest.exitCode()).isEqualTo(2);
        assertThat(unknownRequest.err()).contains("unknown request 'R99'");
        CliRun wrongLanguage = at("2026-05-02", "complaint", "R1", "--lang", "en", "--profile", "profile.yaml", "--ui-lang", "en",
                "--db", "t.db");
        assertThat(wrongLanguage.exitCode()).isEqualTo(2);
        assertThat(wrongLanguage.err()).contains("CNIL takes complaints in fr");
    }

    @Test
    void filing_is_recorded() {
        ok("2026-05-02", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        CliRun filed = ok("2026-05-03", "requests", "complained", "R1", "--authority", "cnil", "--ref", "CNIL-2026-1",
                "--db", "t.db");
        assertThat(filed.out()).contains("R1 linkedin: complaint to CNIL recorded; status complained");
        assertThat(ok("2026-05-03", "requests", "show", "R1", "--db", "t.db").out())
                .contains("complaint_filed  ref CNIL-2026-1  — lodged with CNIL");
    }

    @Test
    void dossier_holds_every_file_with_matching_hashes() throws Exception {
        ok("2026-05-02", "complaint", "R2", "--authority", "dpc", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        CliRun run = ok("2026-05-02", "dossier", "R2", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        Path zip = home.resolve("dossier-R2.zip");
        assertThat(run.outLines()).containsExactly(zip.toString());

        Map<String, byte[]> files = new HashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                files.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        assertThat(manifest).hasSizeGreaterThanOrEqualTo(4);
        for (JsonNode entry : manifest) {
            byte[] content = files.get(entry.get("file").asText());
            assertThat(content).as(entry.get("file").asText()).isNotNull();
            assertThat(DocumentStore.sha256(content)).isEqualTo(entry.get("sha256").asText());
        }
        assertThat(manifest.findValuesAsText("role")).contains("complaint", "letter", "reply", "index");
        assertThat(new String(files.get("manifest.txt"))).contains("sha256 ", "reply");

        Process unzip = new ProcessBuilder("unzip", "-t", zip.toString()).redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes());
        assertThat(unzip.waitFor()).as(output).isZero();
        assertThat(output).contains("No errors detected");
        Path dir = Files.createDirectories(home.resolve("unzipped"));
        Process extract = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", dir.toString()).start();
        assertThat(extract.waitFor()).isZero();
        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(checked).isZero();
    }

    @Test
    void dossier_can_embed_the_annexes_in_the_complaint() throws IOException {
        ok("2026-05-02", "complaint", "R2", "--authority", "dpc", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        ok("2026-05-02", "dossier", "R2", "--embed", "--out-file", "d.zip", "--profile", "profile.yaml", "--ui-lang", "en", "--db", "t.db");
        try (ZipFile z = new ZipFile(home.resolve("d.zip").toFile())) {
            ZipEntry complaint = z.getEntry("complaint-R2-dpc-en.pdf");
            byte[] pdf = z.getInputStream(complaint).readAllBytes();
            assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var names = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
                assertThat(names.keySet()).anyMatch(n -> n.startsWith("annex-01-")).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }
}
