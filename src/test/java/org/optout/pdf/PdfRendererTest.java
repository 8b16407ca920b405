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
    void a_broken_image_is_an_error_not_a_silent_gap() {
        assertThatThrownBy(() -> renderer.render(page("body { font-family: 'DejaVu Sans'; }",
                "<p>x</p><img src=\"data:image/png;base64,AAAAAAAA\"/>"), "t.ftlx"))
                .isInstanceOf(AppException.class)
                .hasMessageStartingWith("t.ftlx")
                .extracting(e -> ((AppException) e).exitCode()).isEqualTo(ExitCode.INVALID_DATA);
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
