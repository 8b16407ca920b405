package org.optout.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.pdf.PdfFacts;

/**
 * Issue 8: every step of a complaint proven (web-form confirmations, replies read from their e-mail, reminders kept
 * as evidence), one draft per request and authority, the authority's own filing route, a dossier whose signature
 * and hashes hold.
 */
class ComplaintEvidenceTest {
    private static final Map<String, String> PASSWORD = Map.of("OPTOUT_P12_PASSWORD", "s3cret-pass");

    @TempDir
    Path home;

    private CliRun at(String date, String... args) {
        return at(date, Map.of(), args);
    }

    private CliRun at(String date, Map<String, String> env, String... args) {
        Clock clock = CliRun.on(date);
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--db") && !List.of("keygen", "verify").contains(all.get(0))) {
            all.add("--db");
            all.add("t.db");
        }
        return CliRun.runWith(home, clock, env, "", all.toArray(String[]::new));
    }

    private CliRun ok(String date, String... args) {
        CliRun run = at(date, args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    private String pdfText(CliRun run) {
        Path pdf = Path.of(run.outLines().get(0));
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
        assertThat(PdfFacts.of(pdf).pages()).isBetween(1, 3);
        return PdfFacts.of(pdf).flatText();
    }

    @BeforeEach
    void profileAndFiles() {
        TestFiles.sampleProfile(home);
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("confirmation.png"));
    }

    /** LinkedIn by web form, sent 5 March 2026 (deadline 7 April) without proof: R1. */
    private CliRun webFormSentWithoutProof() {
        ok("2026-03-01", "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--ui-lang", "en");
        return ok("2026-03-05", "requests", "sent", "R1", "--ref", "LI-777");
    }

    @Test
    void a_web_form_request_without_proof_says_how_to_add_it_and_blocks_the_complaint_until_it_is_there() {
        CliRun sent = webFormSentWithoutProof();
        assertThat(sent.err()).contains("no proof recorded for E2 (sent)", "the form's confirmation");
        Matcher hint = Pattern.compile("optout (requests attach R1 --to E2 FILE… --db t\\.db)$", Pattern.MULTILINE)
                .matcher(sent.err());
        assertThat(hint.find()).as(sent.err()).isTrue();

        CliRun refused = at("2026-05-02", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.err().lines().count()).isEqualTo(1);
        assertThat(refused.err()).contains("R1: the complaint needs evidence of E2 sent on 2026-03-05",
                "optout requests attach R1 --to E2 FILE… --db t.db", "--force");
        assertThat(home.resolve("letters/complaint-R1-cnil-fr.pdf")).doesNotExist();

        CliRun forced = ok("2026-05-02", "complaint", "R1", "--force", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(forced.err()).contains("warning: drafted with --force: R1: the complaint needs evidence of E2");
        String draft = pdfText(forced);
        assertThat(draft).contains("5 mars 2026", "LI-777", "Étapes sans justificatif", "Son texte figure en annexe 1.")
                .doesNotContain("la preuve de son envoi");

        // the hint, run exactly as printed with FILE… replaced by the file
        String[] words = hint.group(1).replace("FILE…", "confirmation.png").split(" ");
        CliRun attached = ok("2026-05-02", words);
        assertThat(attached.out()).contains("R1 linkedin: 1 document(s) added to E2");
        assertThat(ok("2026-05-02", "requests", "show", "R1").out()).containsPattern("evidence_added to E2")
                .contains("attachment: confirmation.png");

        String proven = pdfText(ok("2026-05-02", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en"));
        assertThat(proven).contains("Son texte figure en annexe 1, la preuve de son envoi en annexe 2.")
                .doesNotContain("Étapes sans justificatif");
    }

    private static final String REPLY = """
            From: Meta Privacy <privacy@meta.example>
            To: camille.durand@example.org
            Subject: Re: Objection
            Date: Tue, 17 Mar 2026 09:30:00 +0100
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="b1"

            --b1
            Content-Type: text/plain; charset=UTF-8

            We rely on our legitimate interest after a balancing test; your request is declined.
            > your original message, quoted
            --b1
            Content-Type: text/html; charset=UTF-8

            <p>We rely on our <b>legitimate interest</b> after a balancing test; your request is declined.</p>
            --b1--
            """;

    /** Meta AI by web form with its confirmation, refused by an e-mail reply: R1. */
    private void refusedByEmail() {
        ok("2026-03-01", "send", "meta-ai", "--via", "form", "--profile", "profile.yaml", "--ui-lang", "en");
        ok("2026-03-05", "requests", "sent", "R1", "--ref", "META-1", "--attach", "confirmation.png");
        TestFiles.write(home.resolve("reply.eml"), REPLY.replace("\n", "\r\n"));
        CliRun refused = ok("2026-03-20", "requests", "refused", "R1", "--attach", "reply.eml");
        assertThat(refused.err()).contains("the date 2026-03-17 comes from the attached e-mail's Date: header");
    }

    @Test
    void a_refusal_by_email_is_dated_by_its_header_and_its_grounds_are_quoted_and_answered() {
        refusedByEmail();
        assertThat(ok("2026-03-20", "requests", "show", "R1").out()).contains("2026-03-17  refused",
                "attachment: reply.eml", "reply-text: reply.eml.txt");

        CliRun run = ok("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en", "--rebuttal",
                "My posts reveal my health; <b>no</b> balancing test can override that.");
        String text = pdfText(run);
        assertThat(text).contains("We rely on our legitimate interest after a balancing test; your request is declined.",
                "<b>no</b> balancing test can override that.", "17 mars 2026", "58", "(annexe 3)",
                "invoquer de manière générale un « intérêt légitime »")
                .doesNotContain("your original message, quoted");
    }

    @Test
    void grounds_come_from_the_note_when_the_reply_is_an_image() {
        ok("2026-03-01", "send", "meta-ai", "--via", "form", "--profile", "profile.yaml", "--ui-lang", "en");
        ok("2026-03-05", "requests", "sent", "R1", "--attach", "confirmation.png");
        ok("2026-03-20", "requests", "refused", "R1", "--attach", "confirmation.png", "--note",
                "Meta says training is needed to improve Llama for everyone.");
        String text = pdfText(ok("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en"));
        assertThat(text).contains("Meta says training is needed to improve Llama for everyone.");
    }

    @Test
    void a_refusal_with_neither_reply_nor_note_is_missing_its_proof_and_nothing_is_said_of_its_grounds() {
        ok("2026-03-01", "send", "meta-ai", "--via", "form", "--profile", "profile.yaml", "--ui-lang", "en");
        ok("2026-03-05", "requests", "sent", "R1", "--attach", "confirmation.png");
        CliRun refused = ok("2026-03-20", "requests", "refused", "R1");
        assertThat(refused.err()).contains("no proof recorded for E4 (refused)", "the controller's reply",
                "optout requests attach R1 --to E4 FILE… --db t.db");
        CliRun complaint = at("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(complaint.exitCode()).isEqualTo(3);
        assertThat(complaint.err()).contains("E4 refused on 2026-03-20 (the controller's reply)");
        String forced = pdfText(ok("2026-03-21", "complaint", "R1", "--force", "--profile", "profile.yaml", "--ui-lang", "en"));
        assertThat(forced).doesNotContain("compelling legitimate grounds.").doesNotContain("legitimate interest");
    }

    @Test
    void a_reminder_is_evidence_and_the_complaint_waits_for_the_end_of_its_period() throws IOException {
        ok("2026-03-01", "send", "linkedin", "--via", "form", "--profile", "profile.yaml", "--ui-lang", "en");
        ok("2026-03-05", "requests", "sent", "R1", "--attach", "confirmation.png");
        CliRun remind = ok("2026-04-08", "remind", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(remind.err()).contains("kept as evidence", "optout requests reminded R1 --db t.db");
        assertThat(ok("2026-04-08", "requests", "show", "R1").out()).contains("reminder_written",
                "reminder: reminder-R1-linkedin-fr.pdf", "reminder-text: reminder-R1-linkedin-fr.txt");
        ok("2026-04-09", "requests", "reminded", "R1");
        assertThat(ok("2026-04-09", "requests", "show", "R1").out()).contains("reminder_sent  until 2026-04-23");

        CliRun early = at("2026-04-20", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(early.exitCode()).isEqualTo(3);
        assertThat(early.err()).contains("the reminder of 2026-04-09 gives linkedin until 2026-04-23",
                "possible from 2026-04-24", "--force");
        CliRun forced = ok("2026-04-20", "complaint", "R1", "--force", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(pdfText(forced)).contains("23 avril 2026");

        ok("2026-04-24", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        ok("2026-04-24", "dossier", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        JsonNode manifest = manifest(home.resolve("dossier-R1.zip"));
        assertThat(manifest.findValuesAsText("role")).contains("letter", "proof", "reminder", "complaint", "index");
        assertThat(manifest.findValuesAsText("file")).anyMatch(f -> f.endsWith("reminder-R1-linkedin-fr.pdf"));
    }

    @Test
    void one_draft_per_request_and_authority_and_the_dossier_of_the_one_asked_for() throws IOException {
        refusedByEmail();
        for (int i = 0; i < 3; i++) {
            ok("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        }
        String requests = ok("2026-03-21", "requests", "--json").out();
        assertThat(new ObjectMapper().readTree(requests)).hasSize(2);
        String show = ok("2026-03-21", "requests", "show", "R2").out();
        assertThat(show.split("  drafted", -1)).hasSize(4);
        assertThat(show).contains("supersedes the draft of 2026-03-21");

        ok("2026-03-21", "complaint", "R1", "--authority", "dpc", "--profile", "profile.yaml", "--ui-lang", "en");
        CliRun ambiguous = at("2026-03-21", "dossier", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("R1 has complaints to cnil and dpc", "--authority cnil|dpc");
        ok("2026-03-21", "dossier", "R1", "--authority", "dpc", "--out-file", "dpc.zip", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(manifest(home.resolve("dpc.zip")).findValuesAsText("file")).contains("complaint-R1-dpc-en.pdf");

        CliRun filed = ok("2026-03-25", "requests", "complained", "R1", "--authority", "dpc", "--ref", "DPC-9");
        assertThat(filed.out()).contains("R1 meta-ai: complaint to DPC recorded; status complained; R3 complained");
        assertThat(ok("2026-03-25", "requests", "show", "R2").out()).contains("status: drafted");
    }

    @Test
    void form_texts_for_cnil_apd_and_dpc_name_the_controller_the_dates_and_the_uploads() {
        refusedByEmail();
        for (String authority : List.of("cnil", "apd", "dpc")) {
            CliRun run = ok("2026-03-21", "complaint", "R1", "--authority", authority, "--profile", "profile.yaml", "--ui-lang", "en");
            Path form = home.resolve("letters/complaint-R1-" + authority + "-form.txt");
            assertThat(run.outLines()).contains(form.toString());
            String text = TestFiles.read(form).replace('\u00A0', ' ');
            String lang = authority.equals("dpc") ? "en" : "fr";
            assertThat(text).as(authority).contains("Meta Platforms Ireland Limited",
                    lang.equals("en") ? "5 March 2026" : "5 mars 2026", "complaint-R1-" + authority + "-" + lang + ".pdf",
                    "annex-01-", "annex-index-R1.pdf");
            assertThat(run.err()).as(authority).contains("How to file it with", "Files to upload",
                    "optout requests complained R1 --authority " + authority + " --ref REFERENCE --db t.db",
                    "optout dossier R1 --authority " + authority + " --db t.db");
        }
    }

    @Test
    void an_authority_without_a_template_in_its_language_gets_english_and_its_online_form_the_usual_sections() {
        refusedByEmail();
        CliRun run = ok("2026-03-21", "complaint", "R1", "--authority", "hmbbfdi", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(run.err()).contains("HmbBfDI takes complaints in de", "the draft is in English");
        assertThat(run.outLines()).containsExactly(home.resolve("letters/complaint-R1-hmbbfdi-en.pdf").toString(),
                home.resolve("letters/complaint-R1-hmbbfdi-form.txt").toString());
        String form = TestFiles.read(home.resolve("letters/complaint-R1-hmbbfdi-form.txt"));
        assertThat(form).contains("https://datenschutz-hamburg.de/beschwerde/", "to be verified",
                "Meta Platforms Ireland Limited", "annex-index-R1.pdf");
        assertThat(pdfText(run)).contains("Hamburg", "5 March 2026");
    }

    @Test
    void a_signed_complaint_keeps_a_valid_signature_when_the_annexes_are_embedded() throws Exception {
        refusedByEmail();
        assertThat(at("2026-03-21", PASSWORD, "keygen", "--profile", "profile.yaml", "--ui-lang", "en").exitCode()).isZero();
        CliRun signed = at("2026-03-21", PASSWORD, "complaint", "R1", "--authority", "dpc", "--sign-p12",
                "optout-signing.p12", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(signed.exitCode()).as(signed.toString()).isZero();

        CliRun noKey = at("2026-03-21", "dossier", "R1", "--embed", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(noKey.exitCode()).isEqualTo(2);
        assertThat(noKey.err().lines().count()).isEqualTo(1);
        assertThat(noKey.err()).contains("--embed", "is signed", "--sign-p12");

        CliRun embedded = at("2026-03-21", PASSWORD, "dossier", "R1", "--embed", "--sign-p12", "optout-signing.p12",
                "--out-file", "d.zip", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(embedded.exitCode()).as(embedded.toString()).isZero();
        Path pdf = home.resolve("complaint.pdf");
        try (ZipFile zip = new ZipFile(home.resolve("d.zip").toFile())) {
            Files.write(pdf, zip.getInputStream(zip.getEntry("complaint-R1-dpc-en.pdf")).readAllBytes());
        }
        Process pdfsig = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String report = new String(pdfsig.getInputStream().readAllBytes());
        pdfsig.waitFor();
        assertThat(report).contains("Signature is Valid.", "Total document signed");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().keySet())
                    .anyMatch(n -> n.startsWith("annex-01-"));
        }
        CliRun verify = at("2026-03-21", "verify", "complaint.pdf");
        assertThat(verify.out()).contains("intact: yes", "covers the whole file: yes");
    }

    @Test
    void a_changed_or_deleted_evidence_file_stops_the_dossier_and_the_complaint() throws IOException {
        refusedByEmail();
        ok("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        Path documents = home.resolve("documents");
        Path reply;
        try (var files = Files.list(documents)) {
            reply = files.filter(f -> latin1(f).startsWith("From:")
                    && latin1(f).contains("We rely on our legitimate interest")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(reply);
        bytes[bytes.length - 3] ^= 1;
        Files.write(reply, bytes);
        CliRun dossier = at("2026-03-21", "dossier", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(dossier.exitCode()).isEqualTo(4);
        assertThat(dossier.err()).contains("reply.eml").contains(reply.getFileName().toString());
        assertThat(home.resolve("dossier-R1.zip")).doesNotExist();

        Files.delete(reply);
        CliRun complaint = at("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(complaint.exitCode()).isEqualTo(4);
        assertThat(complaint.err()).contains("reply.eml");
    }

    @Test
    void an_event_row_edited_deleted_or_inserted_outside_optout_stops_the_dossier() throws Exception {
        refusedByEmail();
        ok("2026-03-21", "complaint", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        ok("2026-03-21", "dossier", "R1", "--profile", "profile.yaml", "--ui-lang", "en");
        List<String> tamperings = List.of(
                "UPDATE events SET occurred_on = '2026-03-01' WHERE id = 2",
                "DELETE FROM events WHERE id = 3",
                "INSERT INTO events (request_id, type, occurred_on, recorded_at) VALUES (1, 'ANSWERED', '2026-03-18', "
                        + "'2026-03-18T10:00:00Z')");
        Path db = home.resolve("t.db");
        Path pristine = home.resolve("pristine.db");
        Files.copy(db, pristine);
        for (String sql : tamperings) {
            Files.copy(pristine, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Process sqlite = new ProcessBuilder("sqlite3", db.toString(), "DROP TRIGGER IF EXISTS events_no_update; "
                    + "DROP TRIGGER IF EXISTS events_no_delete; " + sql + ";").redirectErrorStream(true).start();
            String output = new String(sqlite.getInputStream().readAllBytes());
            assertThat(sqlite.waitFor()).as(output).isZero();
            CliRun dossier = at("2026-03-21", "dossier", "R1", "--out-file", "tampered.zip", "--profile", "profile.yaml",
                    "--ui-lang", "en");
            assertThat(dossier.exitCode()).as(sql + "\n" + dossier).isEqualTo(4);
            assertThat(dossier.err().lines().count()).as(sql).isEqualTo(1);
            assertThat(dossier.err()).as(sql).contains("the tracker's record is not as it was written",
                    "; the list of them all: optout requests verify --db t.db");
            assertThat(home.resolve("tampered.zip")).as(sql).doesNotExist();
        }
    }

    @Test
    void bad_attachments_are_one_line_each() throws Exception {
        webFormSentWithoutProof();
        CliRun missing = at("2026-03-20", "requests", "refused", "R1", "--attach", "nowhere.eml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("optout: --attach: " + home.resolve("nowhere.eml")
                + " does not exist");
        Files.createDirectory(home.resolve("folder.pdf"));
        CliRun directory = at("2026-03-20", "requests", "refused", "R1", "--attach", "folder.pdf");
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.err()).contains("is not a regular file (a directory)");
        Process mkfifo = new ProcessBuilder("mkfifo", home.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CliRun fifo = at("2026-03-20", "requests", "refused", "R1", "--attach", "pipe.txt");
        assertThat(fifo.exitCode()).isEqualTo(2);
        assertThat(fifo.err()).contains("pipe.txt is not a regular file (a device, pipe or socket)");
        TestFiles.write(home.resolve("bad.eml"), "just some words\n");
        CliRun eml = at("2026-03-20", "requests", "refused", "R1", "--attach", "bad.eml");
        assertThat(eml.exitCode()).isEqualTo(3);
        assertThat(eml.err().lines().count()).isEqualTo(1);
        assertThat(eml.err()).contains("bad.eml is not an e-mail message");
        TestFiles.write(home.resolve("fake.png"), "not a picture");
        CliRun png = at("2026-03-20", "requests", "refused", "R1", "--attach", "fake.png");
        assertThat(png.exitCode()).isEqualTo(3);
        assertThat(png.err()).contains("fake.png is not a PNG file");
        CliRun kind = at("2026-03-20", "requests", "refused", "R1", "--attach", "profile.yaml");
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("PNG, JPEG, PDF, .eml or .txt");
        assertThat(ok("2026-03-20", "requests", "show", "R1").out()).doesNotContain("refused");
    }

    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode manifest(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return new ObjectMapper().readTree(z.getInputStream(z.getEntry("manifest.json")).readAllBytes());
        }
    }
}
