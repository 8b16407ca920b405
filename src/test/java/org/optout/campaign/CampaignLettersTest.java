package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.cli.CliRun;
import org.optout.pdf.PdfFacts;

/** {@code optout campaign letters} for 300 generated members with names in three scripts. */
class CampaignLettersTest {
    private static final int MEMBERS = 300;

    @TempDir
    Path home;

    private CliRun ok(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--db", "t.db", "--ui-lang", "en"))
                .toArray(String[]::new);
        CliRun run = CliRun.run(home, all);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void every_member_gets_their_own_folder_with_their_letters_only_and_a_rerun_writes_nothing() throws IOException {
        GeneratedMembers.sampleAssociation(home);
        GeneratedMembers.write(home.resolve("members.csv"), MEMBERS);
        ok("campaign", "init", "big", "--association", "association.yaml", "--members", "members.csv");

        CliRun letters = ok("campaign", "letters", "big", "--platform", "linkedin", "--out", "out", "--jobs", "2");

        assertThat(letters.out()).isEqualTo("300 members: 300 objection(s) and 150 mandate(s) written, 0 document(s) "
                + "already done (skipped); in " + home.resolve("out") + "\n");
        assertThat(letters.err().lines()).endsWith("Letters: 300/300");
        try (Stream<Path> folders = Files.list(home.resolve("out"))) {
            assertThat(folders).hasSize(MEMBERS);
        }
        for (int i = 0; i < MEMBERS; i++) {
            try (Stream<Path> files = Files.list(home.resolve("out").resolve(GeneratedMembers.id(i)))) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as(GeneratedMembers.id(i)).containsExactlyInAnyOrderElementsOf(GeneratedMembers.files(i));
            }
        }
        for (int i = 1; i < MEMBERS; i += 37) {
            Path folder = home.resolve("out").resolve(GeneratedMembers.id(i));
            for (String file : GeneratedMembers.files(i)) {
                PdfFacts pdf = PdfFacts.of(folder.resolve(file));
                assertThat(pdf.flatText()).as(file).contains(GeneratedMembers.name(i), "Association Données Libres ASBL")
                        .doesNotContain(GeneratedMembers.name(i + 1)).doesNotContain(GeneratedMembers.name(i - 1));
            }
        }
        for (int i : new int[] {1, 2, 150}) {
            Path folder = home.resolve("out").resolve(GeneratedMembers.id(i));
            for (String file : GeneratedMembers.files(i)) {
                assertThat(PdfFacts.pdfaViolations(Files.readAllBytes(folder.resolve(file)))).as(file).isEmpty();
            }
        }

        CliRun again = ok("campaign", "letters", "big", "--platform", "linkedin");
        assertThat(again.out()).startsWith("300 members: 0 objection(s) and 0 mandate(s) written, 450 document(s) "
                + "already done (skipped)");
        assertThat(ok("campaign", "status", "big").outLines()).containsExactly(
                "Campaign big: 300 members (0 withdrew)",
                "Mandates: 150 signed, 150 not signed yet, 150 mandate document(s) written",
                "Signed mandates on record (campaign mandates): 0; signed without a copy on record: 150",
                "linkedin: 300 objection(s) written");
    }

    @Test
    void the_progress_lines_and_the_summary_follow_the_interface_language() {
        GeneratedMembers.sampleAssociation(home);
        GeneratedMembers.write(home.resolve("members.csv"), 3);
        ok("campaign", "init", "few", "--association", "association.yaml", "--members", "members.csv");

        CliRun french = CliRun.run(home, "campaign", "letters", "few", "--platform", "linkedin", "--out", "out",
                "--db", "t.db", "--ui-lang", "fr");

        assertThat(french.exitCode()).as(french.toString()).isZero();
        assertThat(french.err().lines()).containsExactly("Lettres\u00a0: 3/3");
        assertThat(french.out()).startsWith("3 membres\u00a0: 3 opposition(s) et 1 mandat(s) écrits");
    }

    @Test
    void a_changed_member_or_a_damaged_file_is_written_again_and_nothing_else() throws IOException {
        GeneratedMembers.sampleAssociation(home);
        GeneratedMembers.write(home.resolve("members.csv"), 6);
        ok("campaign", "init", "small", "--association", "association.yaml", "--members", "members.csv");
        ok("campaign", "letters", "small", "--platform", "linkedin", "--out", "out");
        String renamed = Files.readString(home.resolve("members.csv")).replace(GeneratedMembers.name(4), "Renée Nouveau");
        Files.writeString(home.resolve("members.csv"), renamed);
        ok("campaign", "init", "small", "--association", "association.yaml", "--members", "members.csv");
        Path damaged = home.resolve("out/G0001/mandate-nl.pdf");
        Files.write(damaged, new byte[] {1, 2, 3});

        CliRun again = ok("campaign", "letters", "small", "--platform", "linkedin");

        assertThat(again.out()).startsWith("6 members: 1 objection(s) and 1 mandate(s) written, 7 document(s) already "
                + "done (skipped)");
        assertThat(PdfFacts.of(home.resolve("out/G0004/objection-linkedin-fr.pdf")).flatText()).contains("Renée Nouveau");
        assertThat(PdfFacts.of(damaged).flatText()).contains(GeneratedMembers.name(1));
        assertThat(List.of(home.resolve("out/G0004").toFile().list())).containsExactly("objection-linkedin-fr.pdf");
    }

    @Test
    void on_a_terminal_a_progress_bar_and_a_new_language_replaces_the_old_file() throws IOException {
        GeneratedMembers.sampleAssociation(home);
        GeneratedMembers.write(home.resolve("members.csv"), 4);
        ok("campaign", "init", "bar", "--association", "association.yaml", "--members", "members.csv");
        CliRun bar = CliRun.onTerminal(home, java.util.Map.of(), "", "campaign", "letters", "bar", "--platform",
                "linkedin", "--out", "out", "--db", "t.db", "--ui-lang", "en");
        assertThat(bar.exitCode()).as(bar.toString()).isZero();
        assertThat(bar.err()).contains("\rLetters 100%").contains("4/4").doesNotContain("Letters: 4/4");

        String german = Files.readString(home.resolve("members.csv")).replace(",BE,fr,", ",BE,de,");
        Files.writeString(home.resolve("members.csv"), german);
        ok("campaign", "init", "bar", "--association", "association.yaml", "--members", "members.csv");
        ok("campaign", "letters", "bar", "--platform", "linkedin");

        assertThat(List.of(home.resolve("out/G0000").toFile().list())).containsExactly("objection-linkedin-de.pdf");
        assertThat(PdfFacts.of(home.resolve("out/G0000/objection-linkedin-de.pdf")).flatText())
                .contains("Widerspruch im Namen von " + GeneratedMembers.name(0));
    }
}
