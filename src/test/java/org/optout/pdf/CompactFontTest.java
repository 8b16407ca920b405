package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Letters whose text is all Latin, Greek or Cyrillic are drawn with the compact copy of DejaVu Sans, the others with
 * the whole face: the glyphs, their places and the extracted text must be the same either way.
 */
class CompactFontTest {
    private static final String STYLE = "body { font-family: 'DejaVu Sans'; font-size: 11pt; } h1 { font-weight: bold; }"
            + " em { font-style: italic; }";
    private static final String COMMON = "<h1>Opposition – Bezwaar – Widerspruch</h1>"
            + "<p>Madame, Monsieur, je m’oppose « au traitement » de mes données : Łucja Kowalska, Jürgen Weiß,"
            + " Ελένη Παπαδοπούλου, Иван Петров (Жуков), Ioana Ștefănescu, 12,50 € — n° 42 … ‰</p>"
            + "<p><em>Zoë O’Brien</em> · Søren Kierkegård · Nuno Conceição · „Anführung“ ‘single’</p>";
    // openhtmltopdf for both: the typesetter draws only letters the compact face covers
    private final PdfRenderer renderer = new PdfRenderer(false);

    /** One drawn character: what it reads as, its font (without the subset tag), code, place and width. */
    private record Glyph(String unicode, String font, int code, float x, float y, float width) {
        /** The same glyph drawn at the same place, whatever its number in the font. */
        String drawn() {
            return unicode + " " + font + " " + x + " " + y + " " + width;
        }
    }

    private static String page(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>T</title>"
                + "<meta name=\"author\" content=\"A\"/><meta name=\"subject\" content=\"S\"/><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
    }

    private static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(p.getUnicode(), p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", ""),
                                p.getCharacterCodes()[0], p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj()));
                    }
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    private static int code(List<Glyph> glyphs, String unicode) {
        return glyphs.stream().filter(g -> g.unicode().equals(unicode)).findFirst().orElseThrow().code();
    }

    @Test
    void a_letter_in_latin_greek_and_cyrillic_is_drawn_as_with_the_whole_font() {
        byte[] compact = renderer.render(page(COMMON), "t");
        // an Armenian name and a Vietnamese letter are outside the compact repertoire: the whole face draws that letter
        byte[] whole = renderer.render(page(COMMON + "<p>Արամ Խաչատրյան ễ</p>"), "t");
        List<Glyph> compactGlyphs = glyphs(compact);
        List<Glyph> wholeGlyphs = glyphs(whole);

        assertThat(compactGlyphs).hasSizeGreaterThan(150);
        assertThat(wholeGlyphs.subList(0, compactGlyphs.size())).extracting(Glyph::drawn)
                .containsExactlyElementsOf(compactGlyphs.stream().map(Glyph::drawn).toList());
        // the same letters, numbered differently: the compact copy holds a seventh of the glyphs
        for (String letter : List.of("Ж", "Ł", "Ș", "€", "λ", "‰")) {
            assertThat(code(compactGlyphs, letter)).as(letter).isLessThan(code(wholeGlyphs, letter));
        }
        assertThat(PdfFacts.of(whole).flatText()).contains("Արամ Խաչատրյան ễ");
        assertThat(PdfFacts.of(compact).flatText()).contains("Ελένη Παπαδοπούλου, Иван Петров (Жуков), Ioana Ștefănescu");
        assertThat(PdfFacts.pdfaViolations(compact)).isEmpty();
        assertThat(PdfFacts.pdfaViolations(whole)).isEmpty();
    }

    @Test
    void each_letter_gets_a_subset_of_the_glyphs_it_uses_only() throws IOException {
        byte[] short1 = renderer.render(page("<p>abc</p>"), "t");
        byte[] long1 = renderer.render(page(COMMON), "t");
        try (PDDocument a = Loader.loadPDF(short1); PDDocument b = Loader.loadPDF(long1)) {
            int small = a.getPage(0).getResources().getFont(a.getPage(0).getResources().getFontNames().iterator().next())
                    .getFontDescriptor().getFontFile2().toByteArray().length;
            assertThat(small).isLessThan(8_000);
            assertThat(PdfFacts.of(long1).fonts()).allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"));
        }
        assertThat(PdfFacts.of(short1).flatText()).contains("abc");
    }
}
