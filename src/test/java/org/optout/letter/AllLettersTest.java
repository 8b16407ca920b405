package org.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.optout.TestFiles;
import org.optout.cli.CliRun;
import org.optout.pdf.PdfFacts;

/**
 * Every platform of the catalogue × {fr, en}, written by the real {@code letter --all} command from the sample
 * profile: each PDF is PDF/A-3u per veraPDF, embeds its fonts, fits on two pages and names the right people.
 */
class AllLettersTest {
    @TempDir
    static Path home;
    static Path out;
    static CliRun french;
    static CliRun english;

    @BeforeAll
    static void writeAllLetters() {
        Path profile = TestFiles.sampleProfile(home);
        out = home.resolve("letters");
        french = CliRun.run(home, "letter", "--all", "--profile", profile.toString(), "--out", out.toString(),
                "--lang", "fr", "--date", "2026-11-22", "--text");
        english = CliRun.run(home, "letter", "--all", "--profile", profile.toString(), "--out", out.toString(),
                "--lang", "en", "--date", "2026-11-22");
    }

    static Stream<Arguments> platformsAndLanguages() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(TestFiles.CATALOGUE.resolve("platforms"))) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSize(11);
        return files.stream().flatMap(f -> Stream.of("fr", "en").map(lang -> Arguments.of(f, lang)));
    }

    @Test
    void should_print_exactly_the_written_paths() {
        assertThat(french.exitCode()).as(french.toString()).isZero();
        assertThat(english.exitCode()).as(english.toString()).isZero();
        // the sample profile's language is French: so are the warnings
        assertThat(french.err().lines()).as("only warnings on stderr")
                .allMatch(l -> l.startsWith("optout: attention\u00a0: "));
        assertThat(french.outLines()).hasSize(22).allSatisfy(line -> assertThat(Path.of(line)).exists());
        assertThat(english.outLines()).hasSize(11).allMatch(line -> line.endsWith("-en.pdf"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("platformsAndLanguages")
    void should_write_a_valid_archival_letter(Path entry, String lang) throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(entry.toFile());
        String id = yaml.get("id").asText();
        Path pdf = out.resolve("objection-" + id + "-" + lang + ".pdf");
        assertThat(pdf).exists();

        PdfFacts facts = PdfFacts.of(pdf);
        assertThat(PdfFacts.pdfaViolations(pdf)).as("veraPDF PDF/A-3u violations").isEmpty();
        assertThat(facts.pages()).isBetween(1, 2);
        assertThat(facts.allFontsEmbedded()).isTrue();
        assertThat(facts.fonts()).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
        String text = facts.flatText();
        assertThat(text).contains("Camille Durand")
                .contains(yaml.get("controller").get("legal_name").asText())
                .contains(expectedAccountId(id))
                .contains("21");
        assertThat(facts.author()).isEqualTo("Camille Durand");
        assertThat(facts.title()).isNotBlank();
        assertThat(facts.subject()).contains(yaml.get("name").asText());
        assertThat(facts.language()).isEqualTo(lang);
    }

    @Test
    void text_twin_holds_the_same_objection() throws IOException {
        String text = Files.readString(out.resolve("objection-linkedin-fr.txt"));
        assertThat(text).contains("Camille Durand", "https://www.linkedin.com/in/camille-durand-example", "21");
        assertThat(text).doesNotContain("<", "${");
    }

    /** What identifies the sample user's account at a platform, read from the sample profile itself. */
    private static String expectedAccountId(String platformId) throws IOException {
        JsonNode profile = new YAMLMapper().readTree(TestFiles.SAMPLES.resolve("profile.yaml").toFile());
        JsonNode account = profile.path("accounts").get(platformId);
        return account != null ? account.asText() : profile.get("email").asText();
    }
}
