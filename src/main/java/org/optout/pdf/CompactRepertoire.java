package org.optout.pdf;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The characters of the compact letter font ({@link LetterFont#compact()}): the Latin, Greek and Cyrillic
 * alphabets with their accented letters, and the punctuation and symbols letters use. A letter whose text holds
 * only these is rendered with the compact font; any other letter with the whole face.
 */
final class CompactRepertoire {
    /** Inclusive ranges of code points, in ascending order. */
    private static final int[][] RANGES = {
        {0x20, 0x7E},       // Basic Latin
        {0xA0, 0x17F},      // Latin-1 Supplement, Latin Extended-A
        {0x218, 0x21B},     // Romanian s and t with comma below
        {0x2BC, 0x2BC},     // modifier letter apostrophe
        {0x2C6, 0x2C7},     // circumflex, caron
        {0x2D8, 0x2DD},     // breve, dot above, ring, ogonek, small tilde, double acute
        {0x370, 0x3FF},     // Greek
        {0x400, 0x45F},     // Cyrillic
        {0x2010, 0x2027},   // dashes, quotation marks, bullets
        {0x2030, 0x203A},   // per mille, primes, single guillemets
        {0x20AC, 0x20AC},   // euro sign
        {0x2116, 0x2116},   // numero sign
        {0x2122, 0x2122},   // trade mark sign
    };
    /** The tables kept: those PDFBox reads to embed a font and to measure and draw its glyphs. */
    static final List<String> TABLES = List.of("head", "hhea", "maxp", "name", "OS/2", "post", "cmap", "glyf", "loca",
            "hmtx", "cvt ", "fpgm", "prep", "gasp");

    private CompactRepertoire() {
    }

    static IntStream codePoints() {
        IntStream all = IntStream.empty();
        for (int[] range : RANGES) {
            all = IntStream.concat(all, IntStream.rangeClosed(range[0], range[1]));
        }
        return all;
    }

    /**
     * True when every character of {@code text} is in the repertoire or is a C0 control character (line breaks and
     * tabs, never drawn). A surrogate is never in it.
     */
    static boolean covers(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F && !contains(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(int codePoint) {
        for (int[] range : RANGES) {
            if (codePoint < range[0]) {
                return false;
            }
            if (codePoint <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
