package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.pdf.PdfFacts;

/**
 * Hostile or absurd inputs through the real command line: user templates, signature images, files given to
 * {@code verify}, catalogue overlays, and right-to-left names. Each gives one line and exit 3, fast, or works.
 */
class UntrustedInputCommandTest {
    private static final Duration FAST = Duration.ofSeconds(20);

    @TempDir
    Path home;
    Path profile;

    @BeforeEach
    void sampleProfile() {
        profile = TestFiles.sampleProfile(home);
    }

    private CliRun letter(String... extra) {
        String[] args = Stream.concat(Stream.of("letter", "--profile", profile.toString(), "--date", "2026-11-22",
                "--ui-lang", "en"), Stream.of(extra)).toArray(String[]::new);
        return assertTimeoutPreemptively(FAST, () -> CliRun.run(home, args));
    }

    private static void assertOneLineError(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.err().lines().count()).as("one line: " + run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("optout: ").contains(fragments).doesNotContain("Exception", "Error", "\tat ");
    }

    private Path template(String body) {
        Path templates = home.resolve("tpl");
        TestFiles.write(templates.resolve("fr/objection.ftlx"), "<#ftl output_format=\"XML\">\n" + body);
        return templates;
    }

    @Test
    void a_template_cannot_run_a_command() {
        Path marker = home.resolve("pwned");
        Path templates = template("<#assign ex = \"freemarker.template.utility.Execute\"?new()>\n"
                + "${ex(\"touch " + marker + "\")}\n");
        assertOneLineError(letter("linkedin", "--templates", templates.toString()),
                templates.resolve("fr/objection.ftlx").toString(), "line 2");
        assertThat(marker).doesNotExist();
    }

    @Test
    void a_template_cannot_reach_java_through_the_model() {
        Path templates = template("<p>${letter.sender?api.getClass().getName()}</p>\n");
        assertOneLineError(letter("linkedin", "--templates", templates.toString()),
                templates.resolve("fr/objection.ftlx").toString(), "line 2");
    }

    @Test
    void endless_recursion_in_a_template_is_one_line_naming_it() {
        Path templates = template("<#macro down n><@down n + 1/></#macro>\n<@down 0/>\n");
        assertOneLineError(letter("linkedin", "--templates", templates.toString()),
                templates.resolve("fr/objection.ftlx").toString(), "line ", "deeper than");
    }

    @Test
    void endless_recursion_through_a_function_is_one_line_too() {
        Path templates = template("<#function down n><#return down(n + 1)></#function>\n${down(0)}\n");
        assertOneLineError(letter("linkedin", "--templates", templates.toString()),
                templates.resolve("fr/objection.ftlx").toString(), "line ");
    }

    @Test
    void a_template_that_loops_for_ever_is_stopped() {
        Path templates = template("<#list 1..2000000000 as i>${i}</#list>\n");
        assertOneLineError(letter("linkedin", "--templates", templates.toString()),
                templates.resolve("fr/objection.ftlx").toString(), "line 2");
    }

    @Test
    void a_pixel_bomb_signature_image_is_refused_from_its_header() throws IOException {
        Files.write(home.resolve("signature.png"), pngHeaderOnly(20_000, 20_000));
        long start = System.nanoTime();
        CliRun run = letter("linkedin");
        assertOneLineError(run, "field `signature_image`", "20000×20000", "25 megapixels");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void verify_refuses_a_fifo_without_waiting_for_a_writer() throws Exception {
        Path fifo = home.resolve("letter.pdf");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.run(home, "verify", "letter.pdf"));
        assertOneLineError(run, "letter.pdf", "not a regular file");
    }

    @Test
    void verify_refuses_a_directory() throws IOException {
        Files.createDirectory(home.resolve("dir.pdf"));
        assertOneLineError(CliRun.run(home, "verify", "dir.pdf"), "dir.pdf", "not a regular file");
    }

    @Test
    void verify_refuses_a_huge_file_before_reading_it() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(home.resolve("huge.pdf").toFile(), "rw")) {
            sparse.setLength(60L * 1024 * 1024);
        }
        CliRun run = assertTimeoutPreemptively(FAST, () -> CliRun.run(home, "verify", "huge.pdf"));
        assertOneLineError(run, "huge.pdf", "larger than 50 MB");
    }

    @Test
    void a_catalogue_overlay_file_must_carry_its_own_id() {
        Path overlay = home.resolve("cat");
        TestFiles.copy(TestFiles.CATALOGUE.resolve("platforms/linkedin.yaml"),
                dirs(overlay.resolve("platforms/claude.yaml")));
        assertOneLineError(letter("claude", "--catalogue", overlay.toString()),
                overlay.resolve("platforms/claude.yaml").toString(), "field `id`", "'linkedin'");
    }

    @Test
    void a_catalogue_overlay_entry_that_is_a_symlink_is_refused() throws IOException {
        Path overlay = home.resolve("cat");
        Path real = TestFiles.copy(TestFiles.CATALOGUE.resolve("platforms/claude.yaml"), home.resolve("claude.yaml"));
        Files.createSymbolicLink(dirs(overlay.resolve("platforms/claude.yaml")), real);
        assertOneLineError(letter("claude", "--catalogue", overlay.toString()),
                overlay.resolve("platforms/claude.yaml").toString(), "not a regular file");
    }

    @Test
    void a_catalogue_overlay_entry_that_is_a_directory_is_refused() throws IOException {
        Path overlay = home.resolve("cat");
        Files.createDirectories(overlay.resolve("platforms/claude.yaml"));
        assertOneLineError(letter("claude", "--catalogue", overlay.toString()),
                overlay.resolve("platforms/claude.yaml").toString(), "not a regular file");
        assertOneLineError(letter("--all", "--catalogue", overlay.toString()),
                overlay.resolve("platforms/claude.yaml").toString(), "not a regular file");
    }

    @Test
    void a_catalogue_overlay_entry_that_is_a_fifo_is_refused_without_waiting() throws Exception {
        Path overlay = home.resolve("cat");
        Path fifo = dirs(overlay.resolve("platforms/claude.yaml"));
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertOneLineError(letter("claude", "--catalogue", overlay.toString()), fifo.toString(), "not a regular file");
        assertOneLineError(letter("--all", "--catalogue", overlay.toString()), fifo.toString(), "not a regular file");
    }

    @Test
    void arabic_and_hebrew_names_are_printed_in_reading_order() {
        for (String name : new String[] {"محمد الأحمد", "דוד כהן"}) {
            TestFiles.write(profile, TestFiles.read(profile).replace("name: Camille Durand", "name: \"" + name + "\""));
            CliRun run = letter("linkedin", "--lang", "en", "--out", "rtl");
            assertThat(run.exitCode()).as(run.toString()).isZero();
            PdfFacts pdf = PdfFacts.of(home.resolve("rtl/objection-linkedin-en.pdf"));
            assertThat(pdf.text()).contains(name);
            TestFiles.sampleProfile(home);
        }
    }

    private static Path dirs(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A valid PNG header claiming {@code width}×{@code height} 1-bit grey pixels, with almost no image data. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] data = new byte[1024];
        int length = deflater.deflate(data);
        chunk(png, "IDAT", java.util.Arrays.copyOf(data, length));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
