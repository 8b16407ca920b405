package org.optout.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one font family of the letters, DejaVu Sans, read from the classpath (jasperreports-fonts). Letters may only
 * use this family: a CSS family that was not registered would give a PDF without text.
 */
public enum LetterFont {
    REGULAR("DejaVuSans.ttf", 400, false),
    BOLD("DejaVuSans-Bold.ttf", 700, false),
    OBLIQUE("DejaVuSans-Oblique.ttf", 400, true),
    BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, true);

    /** The CSS font-family name templates must use. */
    public static final String FAMILY = "DejaVu Sans";
    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    private final String file;
    private final int weight;
    private final boolean italic;
    private volatile CmapLookup cmap;

    LetterFont(String file, int weight, boolean italic) {
        this.file = file;
        this.weight = weight;
        this.italic = italic;
    }

    public int weight() {
        return weight;
    }

    public boolean italic() {
        return italic;
    }

    /** Opens the TTF file; the caller closes the stream. */
    public InputStream open() {
        InputStream in = LetterFont.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("optout is incomplete: font " + FOLDER + file + " is missing");
        }
        return in;
    }

    /** Parses the font (for PDFBox font mapping). */
    public TrueTypeFont parse() {
        try (InputStream in = open()) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        }
    }

    /**
     * The first character of {@code text} that the regular or bold face cannot draw (it would come out as '#'),
     * ignoring line breaks and tabs.
     */
    public static Optional<Integer> firstUndrawable(String text) {
        List<CmapLookup> faces = List.of(REGULAR.cmap(), BOLD.cmap());
        return text.codePoints()
                .filter(cp -> cp != '\n' && cp != '\r' && cp != '\t')
                .filter(cp -> faces.stream().anyMatch(face -> face.getGlyphId(cp) == 0))
                .boxed()
                .findFirst();
    }

    private CmapLookup cmap() {
        CmapLookup lookup = cmap;
        if (lookup == null) {
            try (TrueTypeFont font = parse()) {
                lookup = font.getUnicodeCmapLookup();
                cmap = lookup;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the character map of " + file, e);
            }
        }
        return lookup;
    }
}
