package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optout.AppException;
import org.optout.ExitCode;

class PdfRendererTest {
    private final PdfRenderer renderer = new PdfRenderer();

    private static String page(String style, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>T</title>"
                + "<meta name=\"author\" content=\"A\"/><meta name=\"subject\" content=\"S\"/><style>" + style
                + "</style></head><body>" + body + "</body></html>";
    }

    @Test
    void renders_extractable_text_with_the_bundled_font() {
        byte[] pdf = renderer.render(page("body { font-family: 'DejaVu Sans'; }", "<p>Œuvre ł ễ Σ « test »</p>"), "t");
        PdfFacts facts = PdfFacts.of(pdf);
        assertThat(facts.flatText()).contains("Œuvre ł ễ Σ « test »");
        assertThat(facts.fonts()).allMatch(f -> f.contains("DejaVuSans"));
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
    }

    @Test
    void an_unregistered_font_family_is_caught_by_the_text_check() {
        byte[] pdf;
        try {
            pdf = renderer.render(page("body { font-family: 'Arial'; }", "<p>Camille Durand</p>"), "t.ftlx");
        } catch (AppException e) {
            // refusing to render at all is an acceptable outcome too
            assertThat(e.getMessage()).startsWith("t.ftlx");
            return;
        }
        byte[] rendered = pdf;
        assertThatThrownBy(() -> PdfCheck.verify(rendered, List.of("Camille Durand"), 2, "t.ftlx"))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("t.ftlx")
                .hasMessageContaining("Camille Durand");
    }

    @Test
    void text_in_a_font_that_is_not_embedded_is_refused() {
        assertThatThrownBy(() -> renderer.render(page("body { font-family: 'DejaVu Sans'; } .x { font-family: serif; }",
                "<p>Camille <span class=\"x\">Durand</span></p>"), "t.ftlx"))
                .isInstanceOf(AppException.class)
                .hasMessageStartingWith("t.ftlx: ")
                .hasMessageContaining("'DejaVu Sans'");
    }

    @Test
    void metadata_repeats_the_title_author_and_subject_even_with_markup_characters() {
        byte[] pdf = renderer.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head>"
                + "<title>Bezwaar &amp; verzoek &lt;art. 21&gt;</title><meta name=\"author\" content=\"Jan &amp; Piet\"/>"
                + "<meta name=\"subject\" content=\"AVG &lt;21&gt;\"/><style>body { font-family: 'DejaVu Sans'; }</style>"
                + "</head><body><p>x</p></body></html>", "t");
        PdfFacts facts = PdfFacts.of(pdf);
        assertThat(facts.title()).isEqualTo("Bezwaar & verzoek <art. 21>");
        assertThat(facts.author()).isEqualTo("Jan & Piet");
        assertThat(facts.subject()).isEqualTo("AVG <21>");
        assertThat(facts.language()).isEqualTo("nl");
        assertThat(PdfFacts.pdfaViolations(pdf)).isEmpty();
    }

    @Test
    void reports_the_pages_and_the_text_laid_out() {
        PdfRenderer.RenderedPdf pdf = renderer.renderPdf(page("body { font-family: 'DejaVu Sans'; }",
                "<p>Camille Durand</p>" + "<p>line</p>".repeat(40)), "t");
        assertThat(pdf.pages()).isEqualTo(PdfFacts.of(pdf.bytes()).pages()).isEqualTo(2);
        assertThat(pdf.text()).contains("Camille Durand").doesNotContain("<p>");
        assertThatThrownBy(() -> PdfCheck.verifyLaidOut(pdf, List.of("Camille Durand"), 1, "t.ftlx"))
                .hasMessageContaining("2 pages (at most 1)");
        assertThatThrownBy(() -> PdfCheck.verifyLaidOut(pdf, List.of("Dominique"), 2, "t.ftlx"))
                .hasMessageContaining("does not contain the text 'Dominique'");
        PdfCheck.verifyLaidOut(pdf, List.of("Camille  Durand"), 2, "t.ftlx");
    }

    @Test
    void xhtml_that_is_not_well_formed_or_declares_a_doctype_is_refused() {
        assertThatThrownBy(() -> renderer.render("<html><body><p>x</body></html>", "t.ftlx"))
                .isInstanceOf(AppException.class).hasMessageStartingWith("t.ftlx: ");
        assertThatThrownBy(() -> renderer.render("<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p></body></html>", "t.ftlx"))
                .isInstanceOf(AppException.class).hasMessageStartingWith("t.ftlx: ");
    }

    @Test
    void a_broken_image_is_an_error_not_a_silent_gap() {
        assertThatThrownBy(() -> renderer.render(page("body { font-family: 'DejaVu Sans'; }",
                "<p>x</p><img src=\"data:image/png;base64,AAAAAAAA\"/>"), "t.ftlx"))
                .isInstanceOf(AppException.class)
                .hasMessageStartingWith("t.ftlx")
                .extracting(e -> ((AppException) e).exitCode()).isEqualTo(ExitCode.INVALID_DATA);
    }

    @Test
    void images_are_read_in_memory_never_copied_to_a_temporary_file() {
        renderer.render(page("body { font-family: 'DejaVu Sans'; }", "<p>x</p>"), "t");
        assertThat(javax.imageio.ImageIO.getUseCache()).isFalse();
    }

    @Test
    void remote_resources_are_never_fetched() {
        assertThatThrownBy(() -> renderer.render(page("body { font-family: 'DejaVu Sans'; }",
                "<p>x</p><img src=\"http://127.0.0.1:9/x.png\"/>"), "t.ftlx"))
                .isInstanceOf(AppException.class);
    }

    @Test
    void a_letter_longer_than_allowed_is_refused() {
        String body = "<p>line</p>".repeat(400);
        byte[] pdf = renderer.render(page("body { font-family: 'DejaVu Sans'; }", body), "t.ftlx");
        assertThatThrownBy(() -> PdfCheck.verify(pdf, List.of(), 2, "t.ftlx"))
                .hasMessageContaining("pages (at most 2)");
    }
}
