package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.evidence.EvidenceKind;
import org.optout.ui.Message;

/** How a signed mandate's file is named and checked, file by file, before anything is stored. */
class MandateFileTest {
    @TempDir
    Path dir;

    private MandateFile.Read read(String name, byte[] content) {
        Path file = MandateFiles.write(dir.resolve(name), content);
        return MandateFile.read(MandateFile.named(file).orElseThrow());
    }

    private static Message refusal(MandateFile.Read read) {
        assertThat(read.bytes()).isNull();
        return read.refusal();
    }

    @Test
    void a_name_gives_the_member_id_and_the_kind_whatever_the_case_of_its_extension() {
        assertThat(MandateFile.named(dir.resolve("M.01.JPEG"))).hasValueSatisfying(n -> {
            assertThat(n.memberId()).isEqualTo("M.01");
            assertThat(n.kind()).isEqualTo(EvidenceKind.JPEG);
            assertThat(n.name()).isEqualTo("M.01.JPEG");
        });
        assertThat(MandateFile.named(dir.resolve("M01.Pdf")).orElseThrow().kind()).isEqualTo(EvidenceKind.PDF);
        assertThat(MandateFile.named(dir.resolve("M01.png")).orElseThrow().kind()).isEqualTo(EvidenceKind.PNG);
        for (String bad : new String[] {"M01.txt", "M01.eml", "M01", ".pdf", "-M01.pdf", "M 01.pdf", "M01.pdf.bak",
            "é.pdf"}) {
            assertThat(MandateFile.named(dir.resolve(bad))).as(bad).isEmpty();
        }
    }

    @Test
    void good_files_are_read_whole() {
        byte[] pdf = MandateFiles.pdf(2);
        byte[] png = MandateFiles.image("png", 5);
        byte[] jpeg = MandateFiles.image("jpg", 6);
        assertThat(read("M01.pdf", pdf).bytes()).isEqualTo(pdf);
        assertThat(read("M02.png", png).bytes()).isEqualTo(png);
        assertThat(read("M03.jpg", jpeg).bytes()).isEqualTo(jpeg);
        assertThat(read("M03.jpg", jpeg).refusal()).isNull();
    }

    @Test
    void content_that_is_not_what_the_name_says_is_refused() {
        Message broken = refusal(read("M01.pdf", "%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII)));
        assertThat(broken.key()).isEqualTo("mandates.refused.corrupt");
        assertThat(broken.args()).startsWith("M01.pdf", "PDF");
        assertThat(refusal(read("M02.pdf", MandateFiles.image("png", 1)))).isEqualTo(
                Message.of("mandates.refused.not_kind", "M02.pdf", "PDF"));
        assertThat(refusal(read("M03.png", MandateFiles.image("jpg", 1)))).isEqualTo(
                Message.of("mandates.refused.not_kind", "M03.png", "PNG"));
        assertThat(refusal(read("M04.pdf", MandateFiles.pdf(0)))).isEqualTo(
                Message.of("mandates.refused.corrupt", "M04.pdf", "PDF", "0 pages"));
        byte[] truncated = Arrays.copyOf(MandateFiles.image("png", 1), 12);
        assertThat(refusal(read("M05.png", truncated)).key()).isEqualTo("mandates.refused.corrupt");
        byte[] magicOnly = {(byte) 0x89, 'P', 'N', 'G', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'};
        assertThat(refusal(read("M07.png", magicOnly))).isEqualTo(Message.of("mandates.refused.corrupt", "M07.png",
                "PNG", "no image header"));
        assertThat(refusal(read("M06.png", new byte[0]))).isEqualTo(Message.of("mandates.refused.empty", "M06.png"));
    }

    @Test
    void size_and_pixels_are_bounded_at_their_limits() {
        byte[] limit = new byte[(int) MandateFile.MAX_BYTES];
        byte[] pdf = MandateFiles.pdf(1);
        System.arraycopy(pdf, 0, limit, 0, pdf.length);
        assertThat(read("M01.pdf", limit).bytes()).as("10 MB exactly is taken").hasSize(limit.length);
        assertThat(refusal(read("M02.pdf", Arrays.copyOf(limit, limit.length + 1)))).isEqualTo(
                Message.of("mandates.refused.too_large", "M02.pdf", "10.0", "10.0"));
        // 8000 × 5000 is exactly 40 megapixels; one row more is too many
        assertThat(read("M03.png", MandateFiles.pngClaiming(8000, 5000)).refusal()).isNull();
        assertThat(refusal(read("M04.png", MandateFiles.pngClaiming(8000, 5001)))).isEqualTo(
                Message.of("mandates.refused.pixels", "M04.png", "8000", "5001", "40"));
    }

    @Test
    void a_folder_or_a_link_named_as_a_mandate_is_not_a_file() throws Exception {
        Files.createDirectories(dir.resolve("M01.pdf"));
        Path target = MandateFiles.write(dir.resolve("elsewhere/x.pdf"), MandateFiles.pdf(1));
        Files.createSymbolicLink(dir.resolve("M02.pdf"), target);
        assertThat(refusal(MandateFile.read(MandateFile.named(dir.resolve("M01.pdf")).orElseThrow())))
                .isEqualTo(Message.of("mandates.refused.not_file", "M01.pdf"));
        assertThat(refusal(MandateFile.read(MandateFile.named(dir.resolve("M02.pdf")).orElseThrow())))
                .isEqualTo(Message.of("mandates.refused.not_file", "M02.pdf"));
    }

    @Test
    void a_signed_mandate_is_sent_under_a_name_without_personal_data_from_its_media_type() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThat(new SignedMandate("M01", "a".repeat(64), 1, "application/pdf", day).fileName())
                .isEqualTo("mandate-signed.pdf");
        assertThat(new SignedMandate("M01", "a".repeat(64), 1, "image/png", day).fileName())
                .isEqualTo("mandate-signed.png");
        assertThat(new SignedMandate("M01", "a".repeat(64), 1, "image/jpeg", day).document(null, "mandate"))
                .satisfies(d -> {
                    assertThat(d.originalName()).isEqualTo("mandate-signed.jpg");
                    assertThat(d.mediaType()).isEqualTo("image/jpeg");
                    assertThat(d.sha256()).isEqualTo("a".repeat(64));
                    assertThat(d.size()).isEqualTo(1);
                    assertThat(d.role()).isEqualTo("mandate");
                });
    }
}
