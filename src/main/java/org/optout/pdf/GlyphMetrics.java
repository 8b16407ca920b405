package org.optout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The widths, ascent and descent of a letter face, as a PDF embeds them (thousandths of an em, widths rounded as
 * PDFBox writes them in the font's width array), for the characters {@link Typesetter} draws. Read once per JVM.
 */
final class GlyphMetrics {
    /**
     * By face ordinal; each is written once under the lock, then read without it: its fields are final, so a thread
     * that sees one sees it whole.
     */
    private static final GlyphMetrics[] READ = new GlyphMetrics[LetterFont.values().length];

    /** Width of each BMP character; -1 for a character the face cannot draw. */
    private final short[] widths = new short[0x10000];
    private final float ascent;
    private final float descent;

    GlyphMetrics(TrueTypeFont font) throws IOException {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        float scale = 1000f / font.getUnitsPerEm();
        for (int c = 0; c < widths.length; c++) {
            int glyph = cmap.getGlyphId(c);
            widths[c] = glyph == 0 ? -1 : (short) Math.round(font.getAdvanceWidth(glyph) * scale);
        }
        ascent = font.getHorizontalHeader().getAscender() * scale;
        descent = -font.getHorizontalHeader().getDescender() * scale;
    }

    static GlyphMetrics of(LetterFont face) {
        GlyphMetrics read = READ[face.ordinal()];
        if (read == null) {
            synchronized (READ) {
                read = READ[face.ordinal()];
                if (read == null) {
                    try {
                        read = new GlyphMetrics(face.shared());
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the metrics of " + face, e);
                    }
                    READ[face.ordinal()] = read;
                }
            }
        }
        return read;
    }

    /** The width of {@code c} in thousandths of an em, or -1 when the face cannot draw it. */
    int width(char c) {
        return widths[c];
    }

    /** The ascent, in thousandths of an em. */
    float ascent() {
        return ascent;
    }

    /** The descent (positive), in thousandths of an em. */
    float descent() {
        return descent;
    }
}
