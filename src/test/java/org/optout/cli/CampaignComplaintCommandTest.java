package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.optout.cli.CampaignFixture.on;
import static org.optout.cli.CampaignFixture.request;
import static org.optout.cli.CampaignFixture.sent;
import static org.optout.cli.CampaignFixture.then;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.campaign.MandateFiles;
import org.optout.pdf.PdfFacts;
import org.optout.tracker.EventType;
import org.optout.tracker.JdbcRequestStore;
import org.optout.tracker.NewEvent;
import org.optout.tracker.StoredDocument;

/**
 * {@code optout campaign complaint}: eight members of a campaign in mixed states on 2026-11-22; the annex of the
 * representative complaint lists exactly the refused and the overdue ones, worked out by hand below.
 */
class CampaignComplaintCommandTest {
    @TempDir
    Path home;

    /** Eight members, every one with a signed mandate but M05. */
    static final String MEMBERS = """
            M01,Alice Martin,alice@mail.example,Rue A 1 | 1000 Bruxelles,BE,fr,,2026-09-01,alice.li,
            M02,Bruno Lefevre,bruno@mail.example,Rue B 2 | 1000 Bruxelles,BE,fr,,2026-09-01,,
            M03,Chloe Bernard,chloe@mail.example,Rue C 3 | 1000 Bruxelles,BE,fr,,2026-09-02,chloe.li,
            M04,David Petit,david@mail.example,Rue D 4 | 1000 Bruxelles,BE,fr,,2026-09-02,,
            M05,Emilie Roux,emilie@mail.example,Rue E 5 | 1000 Bruxelles,BE,fr,,,,
            M06,Farid Haddad,farid@mail.example,Rue F 6 | 1000 Bruxelles,BE,fr,,2026-09-03,,
            M07,Gaelle Moreau,gaelle@mail.example,Rue G 7 | 1000 Bruxelles,BE,fr,,2026-09-03,,
            M08,Hugo Laurent,hugo@mail.example,Rue H 8 | 1000 Bruxelles,BE,fr,,2026-09-04,,
            """;

    private String db() {
        return home.resolve(CampaignFixture.DB).toString();
    }

    private StoredDocument letter(JdbcRequestStore store, String member) {
        return CampaignFixture.document(store, home, "objection of " + member, "objection-linkedin.pdf", "letter");
    }

    /**
     * LinkedIn on 22 November: M01 refused (concerned), M02 answered, M03 sent 2 October and unanswered (deadline
     * 2 November passed: concerned), M04 sent 10 November (deadline not passed), M05 drafted only, M06 acknowledged
     * and unanswered since 6 October (concerned), M07 extended in time (deadline in January), M08 sent but not
     * received yet (no deadline). Meta AI: M02 refused, which a complaint about LinkedIn leaves out.
     */
    private void fixture() {
        CampaignFixture.init(home, "spring", MEMBERS);
        JdbcRequestStore store = CampaignFixture.store(home);
        StoredDocument refusal = CampaignFixture.document(store, home, "we refuse", "Re: objection.eml", "reply");
        request(store, "spring", "M01", "linkedin", "10-01", then(sent("10-02", letter(store, "M01")),
                new NewEvent(EventType.REFUSED, java.time.LocalDate.parse("2026-10-22"), null, null,
                        List.of(refusal))));
        request(store, "spring", "M02", "linkedin", "10-01", then(sent("10-02", letter(store, "M02")),
                on(EventType.ANSWERED, "10-12")));
        request(store, "spring", "M03", "linkedin", "10-01", sent("10-02", letter(store, "M03")));
        request(store, "spring", "M04", "linkedin", "11-10", sent("11-10", letter(store, "M04")));
        request(store, "spring", "M05", "linkedin", "11-15");
        request(store, "spring", "M06", "linkedin", "10-05", then(sent("10-06", letter(store, "M06")),
                on(EventType.ACKNOWLEDGED, "10-08")));
        request(store, "spring", "M07", "linkedin", "10-19", then(sent("10-20", letter(store, "M07")),
                on(EventType.EXTENSION_NOTIFIED, "11-05")));
        request(store, "spring", "M08", "linkedin", "11-01", on(EventType.SENT, "11-02"));
        request(store, "spring", "M02", "meta-ai", "10-01", then(sent("10-02", letter(store, "M02")),
                on(EventType.REFUSED, "10-05")));
    }

    @Test
    void the_annex_lists_exactly_the_refused_and_overdue_members() throws Exception {
        fixture();

        CliRun run = CliRun.at(home, "2026-11-22", "campaign", "complaint", "spring", "--platform", "linkedin",
                "--db", db(), "--ui-lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder = home.resolve("spring-complaint-linkedin");
        assertThat(run.outLines()).containsExactly(folder.resolve("plainte-linkedin-apd.pdf").toString(),
                folder.toString(), home.resolve("spring-complaint-linkedin.zip").toString());
        assertThat(run.err().lines()).startsWith("Complaint to APD/GBA for 3 member(s) about linkedin written.",
                "How to file it with APD/GBA:");
        assertThat(run.err()).contains("- Files to upload: the complaint and its annexes in " + folder + " (the "
                + "same files in " + home.resolve("spring-complaint-linkedin.zip") + "; manifest.txt lists them with "
                + "their SHA-256 hashes).").doesNotContain("optout ");
        String annex = PdfFacts.of(folder.resolve("annexe-1.pdf")).text();
        assertThat(Stream.of("M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08").filter(annex::contains))
                .containsExactly("M01", "M03", "M06");
        assertThat(annex).contains("Alice Martin", "Chloe Bernard", "Farid Haddad").doesNotContain("Bruno",
                "David", "Emilie", "Gaelle", "Hugo");
        try (Stream<Path> evidence = Files.list(folder.resolve("annexe-3"))) {
            assertThat(evidence.map(p -> p.getFileName().toString()).sorted()).hasSize(4)
                    .allMatch(name -> name.startsWith("M01-") || name.startsWith("M03-") || name.startsWith("M06-"));
        }
        assertThat(Files.readString(folder.resolve("annexe-3").resolve(Files.list(folder.resolve("annexe-3"))
                .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).findFirst().orElseThrow())))
                .isEqualTo("we refuse");
    }

    @Test
    void the_dossier_encloses_the_signed_mandates_on_record_with_their_hashes_and_marks_the_others_kept()
            throws Exception {
        fixture();
        byte[] pdf = MandateFiles.pdf(1);
        byte[] jpeg = MandateFiles.image("jpg", 4);
        MandateFiles.write(home.resolve("signed/M01.pdf"), pdf);
        MandateFiles.write(home.resolve("signed/M03.JPG"), jpeg);
        CliRun recorded = CliRun.at(home, "2026-11-22", "campaign", "mandates", "spring", "--from", "signed", "--db",
                db());
        assertThat(recorded.exitCode()).as(recorded.toString()).isZero();

        CliRun run = CliRun.at(home, "2026-11-22", "campaign", "complaint", "spring", "--platform", "linkedin",
                "--db", db(), "--ui-lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path folder = home.resolve("spring-complaint-linkedin");
        String sums = Files.readString(folder.resolve("SHA256SUMS"));
        assertThat(sums).contains(MandateFiles.sha256(pdf) + "  annexe-2/M01.pdf\n",
                MandateFiles.sha256(jpeg) + "  annexe-2/M03.jpg\n");
        assertThat(Files.readString(folder.resolve("manifest.txt"))).contains(" 2  mandate     annexe-2/M01.pdf  ("
                + pdf.length + " bytes)\n      sha256 " + MandateFiles.sha256(pdf));
        assertThat(Files.readAllBytes(folder.resolve("annexe-2/M03.jpg"))).isEqualTo(jpeg);
        try (Stream<Path> mandates = Files.list(folder.resolve("annexe-2"))) {
            assertThat(mandates.map(p -> p.getFileName().toString()).sorted()).containsExactly("M01.pdf", "M03.jpg");
        }
        // M06's mandate is not in the file: the annex says so in the authority's language, and the complaint too
        String annex = PdfFacts.of(folder.resolve("annexe-1.pdf")).text().replaceAll("\\s+", " ");
        assertThat(annex).contains("M01.pdf", "M03.jpg", "Les mandats signés marqués «\u00a0conservé par "
                + "l’association\u00a0» ne sont pas joints").doesNotContain("kept by");
        assertThat(annex.split("conservé par l’association", -1)).hasSize(3);
        String complaint = PdfFacts.of(folder.resolve("plainte-linkedin-apd.pdf")).text().replaceAll("\\s+", " ");
        assertThat(complaint).contains("Les mandats signés de 2 personnes figurent à l’annexe 2",
                "l’association conserve les autres (signalés à l’annexe 1)");
    }

    @Test
    void nobody_refused_or_overdue_is_one_line_and_nothing_written() throws Exception {
        CampaignFixture.init(home, "spring", MEMBERS);
        JdbcRequestStore store = CampaignFixture.store(home);
        request(store, "spring", "M01", "linkedin", "10-01", then(sent("10-02", letter(store, "M01")),
                on(EventType.ANSWERED, "10-12")));
        request(store, "spring", "M03", "linkedin", "11-10", sent("11-10", letter(store, "M03")));

        CliRun run = CliRun.at(home, "2026-11-22", "campaign", "complaint", "spring", "--platform", "linkedin",
                "--db", db(), "--ui-lang", "en");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly("optout: no member qualifies for a complaint about linkedin: "
                + "of 2 members, none was refused and none is overdue");
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("spring-complaint-linkedin",
                    "spring-complaint-linkedin.zip");
        }
    }
}
