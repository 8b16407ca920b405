package org.optout.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.optout.signing.SigningFixtures.SIGNED_AT;
import static org.optout.signing.SigningFixtures.SIGNER;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.pdf.PdfFacts;

class VisibleSignatureTest {
    private static final String TEXT = "Signé électroniquement par Łukasz Nguyễn le 22 novembre 2026";
    private static final float MM = 72 / 25.4f;
    private static final String REASON = "Opposition RGPD article 21";

    @TempDir
    static Path dir;
    private static SigningKey key;
    private static byte[] letter;
    private static byte[] signed;

    @BeforeAll
    static void signATwoPageLetterVisibly() throws IOException {
        key = SigningFixtures.newKey(dir);
        letter = SigningFixtures.letter(2);
        byte[] png = Files.readAllBytes(Path.of("samples/signature.png"));
        signed = new PadesSigner().sign(letter, key, SIGNED_AT, REASON, new Appearance(png, TEXT));
    }

    @Test
    void the_visibly_signed_letter_is_still_pdfa_3u() {
        assertThat(PdfFacts.pdfaViolations(signed)).isEmpty();
    }

    @Test
    void the_signature_is_intact_and_covers_the_whole_file() {
        assertThat(SignatureVerifier.verify(signed, "signed.pdf")).containsExactly(
                new SignatureReport(SIGNER, SIGNED_AT, true, true, "ETSI.CAdES.detached", true));
    }

    @Test
    void pdfsig_finds_the_visible_signature_valid() throws Exception {
        assertThat(SigningFixtures.PDFSIG).as("pdfsig from poppler-utils").isExecutable();

        assertThat(SigningFixtures.pdfsig(signed, dir)).contains("Signature #1", "Signature is Valid.",
                "Total document signed", SIGNER);
    }

    @Test
    void the_last_page_has_a_printed_signature_widget_with_a_normal_appearance() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            // given
            assertThat(document.getNumberOfPages()).isEqualTo(2);

            // when
            List<PDAnnotationWidget> first = widgets(document.getPage(0));
            List<PDAnnotationWidget> last = widgets(document.getPage(1));

            // then
            assertThat(first).isEmpty();
            assertThat(last).singleElement().satisfies(widget -> {
                assertThat(widget.getSubtype()).isEqualTo("Widget");
                assertThat(fieldOf(document, widget)).isInstanceOf(PDSignatureField.class);
                assertThat(widget.isPrinted()).as("/F has Print (4)").isTrue();
                assertThat(widget.isHidden() || widget.isInvisible() || widget.isNoView()).isFalse();
                PDAppearanceEntry normal = widget.getAppearance().getNormalAppearance();
                assertThat(normal.isStream()).isTrue();
                assertThat(normal.getAppearanceStream().getBBox().getWidth()).isCloseTo(70 * MM, within(0.01f));
            });
        }
    }

    @Test
    void the_box_is_70_by_22_mm_at_the_bottom_right_above_the_page_number() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(1);

            PDRectangle box = widgets(page).get(0).getRectangle();

            assertThat(box.getWidth()).isCloseTo(70 * MM, within(0.01f));
            assertThat(box.getHeight()).isCloseTo(22 * MM, within(0.01f));
            assertThat(page.getMediaBox().getWidth() - box.getUpperRightX()).isCloseTo(18 * MM, within(0.01f));
            assertThat(box.getLowerLeftY()).as("above the page number in the 16 mm bottom margin")
                    .isCloseTo(22 * MM, within(0.01f));
        }
    }

    @Test
    void the_appearance_embeds_dejavu_sans_and_the_image_and_shows_the_text() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            // given
            PDAppearanceStream stream = widgets(document.getPage(1)).get(0).getAppearance().getNormalAppearance()
                    .getAppearanceStream();
            PDResources resources = stream.getResources();

            // when
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            List<Boolean> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                images.add(resources.isImageXObject(name));
            }

            // then
            assertThat(fonts).singleElement().satisfies(font -> {
                assertThat(font.getName()).contains("DejaVuSans").as("a subset").matches("[A-Z]{6}\\+.*");
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(images).containsExactly(true);
            assertThat(text(stream).replaceAll("\\s+", " ").strip()).isEqualTo(TEXT);
        }
        assertThat(signed.length - letter.length).as("the font is embedded as a subset").isLessThan(100_000);
    }

    @Test
    void the_box_is_drawn_where_the_page_was_blank() throws IOException {
        assertThat(inkInBox(letter)).as("blank before signing").isZero();

        assertThat(inkInBox(signed)).as("dark pixels of the image and text").isGreaterThan(200);
    }

    @Test
    void signing_without_appearance_leaves_no_visible_widget() throws IOException {
        byte[] invisible = new PadesSigner().sign(letter, key, SIGNED_AT, REASON);

        try (PDDocument document = Loader.loadPDF(invisible)) {
            List<PDAnnotationWidget> all = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                all.addAll(widgets(page));
            }
            assertThat(all).as("the signature field's widget").isNotEmpty().allSatisfy(widget -> {
                assertThat(widget.getRectangle().getWidth()).isZero();
                assertThat(widget.getRectangle().getHeight()).isZero();
            });
        }
    }

    @Test
    void a_jpeg_and_a_text_on_two_lines_also_keep_the_signature_valid_and_pdfa() throws IOException {
        // given
        Appearance appearance = new Appearance(jpeg(), "Signed electronically by Camille Durand\non 22 November 2026");

        // when
        byte[] jpegSigned = new PadesSigner().sign(letter, key, SIGNED_AT, REASON, appearance);

        // then
        assertThat(PdfFacts.pdfaViolations(jpegSigned)).isEmpty();
        assertThat(SignatureVerifier.verify(jpegSigned, "jpeg.pdf")).singleElement()
                .satisfies(report -> assertThat(report.intact() && report.coversWholeFile()).isTrue());
        assertThat(inkInBox(jpegSigned)).isGreaterThan(200);
    }

    @Test
    void a_text_only_appearance_is_drawn_without_an_image() throws IOException {
        byte[] textOnly = new PadesSigner().sign(letter, key, SIGNED_AT, REASON, new Appearance(null, TEXT));

        try (PDDocument document = Loader.loadPDF(textOnly)) {
            PDAppearanceStream stream = widgets(document.getPage(1)).get(0).getAppearance().getNormalAppearance()
                    .getAppearanceStream();
            assertThat(stream.getResources().getXObjectNames()).isEmpty();
            assertThat(text(stream).replaceAll("\\s+", " ").strip()).isEqualTo(TEXT);
        }
        assertThat(SignatureVerifier.verify(textOnly, "text-only.pdf")).singleElement()
                .satisfies(report -> assertThat(report.intact()).isTrue());
    }

    @Test
    void a_text_too_long_for_the_box_is_refused() {
        Appearance appearance = new Appearance(null, "Signé électroniquement ".repeat(40));

        assertThatThrownBy(() -> new PadesSigner().sign(letter, key, SIGNED_AT, REASON, appearance))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA))
                .hasMessageContaining("does not fit");
    }

    @Test
    void a_corrupt_png_is_invalid_data() {
        byte[] corrupt = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Appearance appearance = new Appearance(corrupt, TEXT);

        assertThatThrownBy(() -> new PadesSigner().sign(letter, key, SIGNED_AT, REASON, appearance))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA))
                .hasMessageContaining("image");
    }

    private static List<PDAnnotationWidget> widgets(PDPage page) throws IOException {
        List<PDAnnotationWidget> widgets = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget widget) {
                widgets.add(widget);
            }
        }
        return widgets;
    }

    /** The form field that {@code widget} belongs to (PDFBox merges a lone widget into its field). */
    private static PDField fieldOf(PDDocument document, PDAnnotationWidget widget) {
        for (PDField field : document.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
            for (PDAnnotationWidget candidate : field.getWidgets()) {
                if (candidate.getCOSObject() == widget.getCOSObject()) {
                    return field;
                }
            }
        }
        return null;
    }

    /** PDFTextStripper skips annotations, so the appearance stream is read as the content of a scratch page. */
    private static String text(PDAppearanceStream stream) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            PDPage page = new PDPage(stream.getBBox());
            page.setResources(stream.getResources());
            page.getCOSObject().setItem(COSName.CONTENTS, stream.getCOSObject());
            scratch.addPage(page);
            return new PDFTextStripper().getText(scratch);
        }
    }

    /** Dark pixels of the last page, rendered at 72 dpi (one pixel per point), inside the signature box. */
    private static int inkInBox(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int last = document.getNumberOfPages() - 1;
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(last, 72);
            int right = image.getWidth() - Math.round(18 * MM);
            int bottom = image.getHeight() - Math.round(22 * MM);
            int dark = 0;
            for (int y = bottom - Math.round(22 * MM); y < bottom; y++) {
                for (int x = right - Math.round(70 * MM); x < right; x++) {
                    int rgb = image.getRGB(x, y);
                    dark += ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128 ? 1 : 0;
                }
            }
            return dark;
        }
    }

    /** A dark stroke on white, as a JPEG (no alpha channel). */
    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(new Color(20, 30, 120));
        g.setStroke(new BasicStroke(6));
        g.drawLine(10, 80, 290, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
