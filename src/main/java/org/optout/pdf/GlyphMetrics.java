package org.optout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The widths, ascent and descent of a letter face, as a PDF embeds them (thousandths of an em, widths rounded as
 * PDFBox writes them in the font's width array), for the characters {@link Typesetter} draws. Set up once per JVM;
 * each character is measured the first time it is drawn.
 */
final class GlyphMetrics {
    /**
     * By face ordinal; each is written once under the lock, then read without it: its fields are final, so a thread
     * that sees one sees it whole.
     */
    private static final GlyphMetrics[] READ = new GlyphMetrics[LetterFont.values().length];

    /** Not measured yet. */
    private static final short UNKNOWN = Short.MIN_VALUE;

    /**
     * Width of each BMP character, measured when first asked for; -1 for a character the face cannot draw. Two
     * threads measuring the same character write the same value.
     */
    private final short[] widths = new short[0x10000];
    private final CmapLookup cmap;
    private final HorizontalMetricsTable advances;
    private final float scale;
    private final float ascent;
    private final float descent;

    GlyphMetrics(TrueTypeFont font) throws IOException {
        // both tables are read into memory here; later look-ups never touch the font file, from any thread
        cmap = font.getUnicodeCmapLookup();
        advances = font.getHorizontalMetrics();
        scale = 1000f / font.getUnitsPerEm();
        java.util.Arrays.fill(widths, UNKNOWN);
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
        short width = widths[c];
        if (width == UNKNOWN) {
            int glyph = cmap.getGlyphId(c);
            width = glyph == 0 ? -1 : (short) Math.round(advances.getAdvanceWidth(glyph) * scale);
            widths[c] = width;
        }
        return width;
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
