package org.optout.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A PDFBox font mapper that answers every request for a non-embedded font with the bundled DejaVu Sans, marked
 * as a fallback, instead of scanning the fonts installed on the machine.
 */
final class BundledFontMapper implements FontMapper {
    private volatile TrueTypeFont font;

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), true);
    }

    private TrueTypeFont font() {
        TrueTypeFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = LetterFont.REGULAR.parse();
                }
                loaded = font;
            }
        }
        return loaded;
    }
}
