package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optout.AppException;

/**
 * A letter outside what the typesetter lays out goes to openhtmltopdf whole, and still comes out right (or is
 * refused as before); a letter inside it is typeset.
 */
class TypesetterFallbackTest {
    private static final String STYLE = "@page { size: A4; margin: 15mm 18mm 16mm 18mm; } "
            + "html, body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.3; } p { margin: 0 0 2mm 0; }";

    private static String letter(String css, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>Objet</title>"
                + "<style type=\"text/css\">" + STYLE + css + "</style></head><body>" + body + "</body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "|<p>Madame, Monsieur,</p><p>Je m’oppose au traitement de mes données (n° 42).</p>",
        ".x { color: #333333; text-align: right; }|<div class=\"x\">Bruxelles, le 2 mai 2026</div><p>Texte.</p>",
        "|<ul><li>Nom : Søren Ødegård</li><li>Ольга Смирнова, Αλέξανδρος</li></ul><ol><li>un</li><li>deux</li></ol>"})
    void a_letter_in_the_subset_is_typeset(String css) {
        String[] parts = css.split("\\|", 2);
        PdfRenderer.RenderedPdf pdf = new PdfRenderer().renderPdf(letter(parts[0], parts[1]), "test.ftlx");

        assertThat(PdfEngines.typeset(pdf.bytes())).isTrue();
        assertThat(PdfFacts.pdfaViolations(pdf.bytes())).isEmpty();
        PdfFacts facts = PdfFacts.of(pdf.bytes());
        assertThat(facts.title()).isEqualTo("Objet");
        assertThat(facts.language()).isEqualTo("fr");
        assertThat(facts.allFontsEmbedded()).isTrue();
        assertThat(facts.flatText()).contains(parts[1].replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()
                .split(" ")[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "p { text-align: center; }|<p>Centré</p>",
        "p { border: 1pt solid #000000; }|<p>Encadré</p>",
        "|<table><tr><td>Cellule</td></tr></table>",
        "p:first-child { color: #ff0000; }|<p>Premier</p>",
        "|<h1>Titre</h1>",
        "|<p>مرحبا Marie</p>",
        "p { display: none; }|<p>Caché</p><div>Visible</div>",
        "div { display: inline; }|<div>En ligne</div><div>aussi</div>",
        "li { display: block; }|<ul><li>Sans puce</li></ul>",
        "p { display: list-item; }|<p>Avec puce</p>",
        "|<ol start=\"4\"><li>quatre</li></ol>",
        "|<p dir=\"rtl\">Texte</p>",
        "|<ul><li>un<ul><li>un bis</li></ul></li></ul>",
        "span { margin-left: 5mm; }|<p>Un <span>écart</span></p>",
        "|<p>Datenschutz\u00ADgrund\u00ADverordnung</p>"})
    void a_letter_outside_it_is_laid_out_by_openhtmltopdf(String css) {
        String[] parts = css.split("\\|", 2);
        PdfRenderer.RenderedPdf pdf = new PdfRenderer().renderPdf(letter(parts[0], parts[1]), "test.ftlx");

        assertThat(PdfEngines.typeset(pdf.bytes())).isFalse();
        assertThat(PdfFacts.pdfaViolations(pdf.bytes())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p { font-family: 'Times New Roman'; }", "p { font-family: serif; }"})
    void a_font_other_than_the_letter_font_is_still_refused(String css) {
        assertThatThrownBy(() -> new PdfRenderer().renderPdf(letter(css, "<p>Texte</p>"), "mine.ftlx"))
                .isInstanceOf(AppException.class).hasMessageContaining("mine.ftlx");
    }
}
