package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.pdf.PdfFacts;

/** {@code optout letter} through the real command line: results, files, and every bad input. */
class LetterCommandTest {
    @TempDir
    Path home;
    Path profile;

    @BeforeEach
    void sampleProfile() {
        profile = TestFiles.sampleProfile(home);
    }

    /** Runs {@code letter}; in English unless {@code extra} names the interface language (the profile's is fr). */
    private CliRun letter(String... extra) {
        Stream<String> language = List.of(extra).contains("--ui-lang") ? Stream.of() : Stream.of("--ui-lang", "en");
        String[] args = Stream.concat(Stream.of("letter", "--profile", profile.toString(), "--date", "2026-11-22"),
                Stream.concat(Stream.of(extra), language)).toArray(String[]::new);
        return CliRun.run(home, args);
    }

    private static void assertOneLineError(CliRun run, int code, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(code);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err().lines().count()).as("one line: " + run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("optout: ").contains(fragments).doesNotContain("Exception", "\tat ");
    }

    private String profileWith(String yaml) {
        TestFiles.write(profile, yaml);
        return profile.toString();
    }

    @Test
    void writes_one_pdf_into_letters_by_default_and_prints_only_its_path() throws IOException {
        CliRun run = letter("linkedin");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        Path pdf = home.resolve("letters/objection-linkedin-fr.pdf");
        assertThat(run.outLines()).containsExactly(pdf.toString());
        assertThat(Files.getPosixFilePermissions(pdf))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(PdfFacts.of(pdf).flatText()).contains("Lyon, le 22 novembre 2026");
        try (Stream<Path> files = Files.list(home.resolve("letters"))) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void language_option_overrides_the_profile_and_text_twin_is_written() {
        CliRun run = letter("chatgpt", "--lang", "en", "--text", "--out", "out");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly(home.resolve("out/objection-chatgpt-en.pdf").toString(),
                home.resolve("out/objection-chatgpt-en.txt").toString());
        assertThat(PdfFacts.of(home.resolve("out/objection-chatgpt-en.pdf")).flatText())
                .contains("22 November 2026", "OpenAI Ireland Limited", "Article 21");
    }

    @Test
    void an_unconfirmed_postal_address_is_warned_about_on_stderr_never_printed_in_the_letter() {
        CliRun run = letter("deepseek", "--lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("warning: deepseek: no postal address of the controller is published");
        assertThat(PdfFacts.of(home.resolve("letters/objection-deepseek-en.pdf")).flatText())
                .doesNotContain("to be verified", "not published", "Registered address");
    }

    @Test
    void file_names_hold_no_personal_data() {
        CliRun run = letter("--all", "--text");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(22)
                .allMatch(line -> Path.of(line).getFileName().toString().matches("objection-[a-z-]+-(fr|en|nl|de)\\.(pdf|txt)"))
                .noneMatch(line -> line.toLowerCase().contains("camille"));
    }

    @Test
    void user_text_is_printed_literally_never_interpreted() {
        profileWith("""
                name: "A <b>&amp; ]]> ${letter.sender.email} <#assign x=1> Durand"
                email: camille@example.org
                postal_address: ["1 rue <i>x</i> & co"]
                country: FR
                situation: "Je refuse ${1+1} et <#list 1..3 as i>${i}</#list> & <script>."
                """);
        CliRun run = letter("linkedin", "--text");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        String pdf = PdfFacts.of(home.resolve("letters/objection-linkedin-fr.pdf")).flatText();
        assertThat(pdf).contains("A <b>&amp; ]]> ${letter.sender.email} <#assign x=1> Durand",
                "1 rue <i>x</i> & co", "Je refuse ${1+1} et <#list 1..3 as i>${i}</#list> & <script>.");
        assertThat(TestFiles.read(home.resolve("letters/objection-linkedin-fr.txt")))
                .contains("A <b>&amp; ]]> ${letter.sender.email} <#assign x=1> Durand");
    }

    @Test
    void names_in_many_scripts_come_out_exactly() {
        profileWith("""
                name: "Œdipe Łukasz Nguyễn Σωκράτης"
                email: lukasz@example.org
                postal_address:
                  - "ul. Źródlana 5, Łódź"
                  - "Phường Bến Nghé, Quận 1"
                  - "Οδός Ερμού 12, Αθήνα"
                  - "Cœur de l’Œuvre, 75001 Paris"
                country: PL
                """);
        CliRun run = letter("linkedin", "meta-ai");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(2).allMatch(p -> p.endsWith("-en.pdf"));
        String text = PdfFacts.of(home.resolve("letters/objection-linkedin-en.pdf")).flatText();
        assertThat(text).contains("Œdipe Łukasz Nguyễn Σωκράτης", "ul. Źródlana 5, Łódź", "Phường Bến Nghé, Quận 1",
                "Οδός Ερμού 12, Αθήνα", "Cœur de l’Œuvre, 75001 Paris", "Poland");
    }

    @Test
    void a_character_the_font_cannot_draw_is_refused_naming_the_field() {
        profileWith("""
                name: 王小明
                email: wang@example.org
                postal_address: ["1 rue X"]
                country: FR
                """);
        assertOneLineError(letter("linkedin"), 3, profile.toString(), "field `name`", "U+738B");
        assertThat(home.resolve("letters")).doesNotExist();
    }

    @Test
    void missing_profile() {
        assertOneLineError(CliRun.run(home, "letter", "linkedin", "--profile", "nope.yaml"), 3, "nope.yaml",
                "file not found");
    }

    @Test
    void default_profile_missing_explains_how_to_create_one() {
        assertOneLineError(CliRun.run(home, "letter", "linkedin"), 3, "profile.yaml", "optout profile init");
    }

    @Test
    void profile_that_is_not_yaml_gives_the_line() {
        profileWith("name: Camille\nemail: [unclosed\npostal_address: x\n");
        assertOneLineError(letter("linkedin"), 3, profile.toString(), "not valid YAML", "line ");
    }

    @Test
    void missing_required_field() {
        profileWith("name: Camille\npostal_address: [x]\ncountry: FR\n");
        assertOneLineError(letter("linkedin"), 3, profile.toString(), "field `email` is missing");
    }

    @Test
    void invalid_email() {
        profileWith("name: Camille\nemail: not-an-address\npostal_address: [x]\ncountry: FR\n");
        assertOneLineError(letter("linkedin"), 3, "field `email`");
    }

    @Test
    void unknown_country() {
        profileWith("name: Camille\nemail: c@example.org\npostal_address: [x]\ncountry: XX\n");
        assertOneLineError(letter("linkedin"), 3, "field `country`", "'XX'");
    }

    @Test
    void unknown_language_in_profile() {
        profileWith("name: Camille\nemail: c@example.org\npostal_address: [x]\ncountry: FR\nlanguage: es\n");
        assertOneLineError(letter("linkedin"), 3, "field `language`");
    }

    @Test
    void unknown_field_in_profile() {
        profileWith("name: Camille\nemail: c@example.org\npostal_address: [x]\ncountry: FR\nnmae: typo\n");
        assertOneLineError(letter("linkedin"), 3, "unknown field `nmae`");
    }

    @Test
    void unknown_platform_suggests_the_closest_id() {
        assertOneLineError(letter("linkdin", "--ui-lang", "en"), 2, "unknown platform 'linkdin'", "did you mean 'linkedin'");
    }

    @Test
    void unknown_language_option_is_a_usage_error() {
        assertOneLineError(letter("linkedin", "--lang", "es"), 2, "--lang", "'es'");
    }

    @Test
    void bad_date_is_a_usage_error() {
        assertOneLineError(letter("linkedin", "--date", "22/11/2026"), 2, "--date", "YYYY-MM-DD");
    }

    @Test
    void platform_and_all_together_is_a_usage_error() {
        CliRun run = letter("linkedin", "--all");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void signature_image_missing() {
        TestFiles.write(profile, TestFiles.read(profile).replace("signature.png", "gone.png"));
        assertOneLineError(letter("linkedin"), 3, "field `signature_image`", "gone.png", "not found");
    }

    @Test
    void signature_image_not_png_or_jpeg() {
        TestFiles.write(home.resolve("signature.png"), "GIF89a not really");
        assertOneLineError(letter("linkedin"), 3, "field `signature_image`", "not a PNG or JPEG");
    }

    @Test
    void signature_image_corrupt() throws IOException {
        byte[] png = Files.readAllBytes(home.resolve("signature.png"));
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        Files.write(home.resolve("signature.png"), truncated);
        assertOneLineError(letter("linkedin"), 3, "field `signature_image`", "corrupt");
    }

    @Test
    void signature_image_too_large() throws IOException {
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(Files.readAllBytes(home.resolve("signature.png")), 0, big, 0, 16);
        Files.write(home.resolve("signature.png"), big);
        assertOneLineError(letter("linkedin"), 3, "field `signature_image`", "larger than 5 MB");
    }

    @Test
    void output_directory_not_writable() {
        TestFiles.write(home.resolve("occupied"), "a file, not a directory");
        assertOneLineError(letter("linkedin", "--out", "occupied/letters"), 3, "--out", "occupied");
        assertOneLineError(letter("linkedin", "--out", "occupied"), 3, "--out", "not a directory");
    }

    @Test
    void a_failure_leaves_earlier_letters_untouched_and_no_temporary_file() throws IOException {
        assertThat(letter("linkedin").exitCode()).isZero();
        Path pdf = home.resolve("letters/objection-linkedin-fr.pdf");
        byte[] before = Files.readAllBytes(pdf);

        Path templates = home.resolve("tpl");
        TestFiles.write(templates.resolve("fr/objection.ftlx"), "<#ftl output_format=\"XML\">\n<p>${letter.nope}</p>\n");
        CliRun run = letter("linkedin", "--templates", templates.toString());

        assertOneLineError(run, 3, templates.resolve("fr/objection.ftlx").toString(), "line 2", "letter.nope");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        try (Stream<Path> files = Files.list(home.resolve("letters"))) {
            assertThat(files).containsExactly(pdf);
        }
    }

    @Test
    void template_syntax_error_names_template_and_line() {
        Path templates = home.resolve("tpl");
        TestFiles.write(templates.resolve("en/objection.ftlx"), "<#ftl output_format=\"XML\">\n<p>\n<#if>\n</p>\n");
        assertOneLineError(letter("linkedin", "--lang", "en", "--templates", templates.toString()), 3,
                templates.resolve("en/objection.ftlx").toString(), "line 3", "syntax error");
    }

    @Test
    void user_templates_override_the_bundled_ones() {
        Path templates = home.resolve("tpl");
        TestFiles.write(templates.resolve("en/objection.txt.ftl"), "CUSTOM ${letter.sender.name}\n");
        CliRun run = letter("linkedin", "--lang", "en", "--text", "--templates", templates.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(TestFiles.read(home.resolve("letters/objection-linkedin-en.txt"))).isEqualTo("CUSTOM Camille Durand\n");
    }

    @Test
    void the_text_twin_is_rendered_only_when_asked_for() throws IOException {
        // a user's text template with an error must not stop the PDF letters that do not use it
        Path templates = home.resolve("tpl");
        TestFiles.write(templates.resolve("en/objection.txt.ftl"), "${letter.nope}\n");

        CliRun pdfOnly = letter("linkedin", "--lang", "en", "--templates", templates.toString());
        assertThat(pdfOnly.exitCode()).as(pdfOnly.toString()).isZero();
        assertThat(pdfOnly.out()).contains("objection-linkedin-en.pdf").doesNotContain(".txt");
        try (Stream<Path> files = Files.list(home.resolve("letters"))) {
            assertThat(files).containsExactly(home.resolve("letters/objection-linkedin-en.pdf"));
        }

        assertOneLineError(letter("linkedin", "--lang", "en", "--text", "--templates", templates.toString()), 3,
                templates.resolve("en/objection.txt.ftl").toString(), "letter.nope");
    }

    @Test
    void a_users_template_that_draws_no_account_id_is_refused_from_the_pdf_itself() {
        // the identifier is in the page's text but not drawn: only reading the PDF back shows it is missing
        Path templates = home.resolve("tpl");
        TestFiles.write(templates.resolve("en/objection.ftlx"), """
                <#ftl output_format="XML">
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>Objection</title>
                <style>body { font-family: 'DejaVu Sans'; } .hidden { display: none; }</style></head><body>
                <p>${letter.sender.name}</p><p>${letter.recipient.legalName}</p>
                <#list letter.accountIds as id><p class="hidden">${id.value}</p></#list>
                </body></html>
                """);
        assertOneLineError(letter("linkedin", "--lang", "en", "--templates", templates.toString()), 3,
                templates.resolve("en/objection.ftlx").toString());
        assertThat(home.resolve("letters/objection-linkedin-en.pdf")).doesNotExist();
    }
}
