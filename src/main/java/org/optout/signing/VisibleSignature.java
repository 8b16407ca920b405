package org.optout.signing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.optout.AppException;
import org.optout.pdf.LetterFont;
import org.optout.ui.Message;

/**
 * Turns the widget of a new signature field into a visible box in the bottom-right corner of its page: the
 * handwritten signature scaled to fit on the left, the text in small DejaVu Sans on the right. The font is embedded
 * as a subset and nothing is drawn with a standard-14 font, so a PDF/A letter stays PDF/A.
 */
final class VisibleSignature {
    private static final float MM = 72 / 25.4f;
    /**
     * The box, 70 × 22 mm. Its right edge is on the letters' 18 mm right margin, and its bottom 22 mm above the
     * paper's edge, clear of the page number that the letters print in their 16 mm bottom margin.
     */
    static final float WIDTH = 70 * MM;
    static final float HEIGHT = 22 * MM;
    static final float RIGHT = 18 * MM;
    static final float BOTTOM = 22 * MM;
    private static final float PADDING = 1.5f * MM;
    private static final float GAP = 2 * MM;
    /** Part of the inner width for the image: a handwritten signature is two to four times wider than high. */
    private static final float IMAGE_SHARE = 0.45f;
    /** Tried in order until the wrapped text fits the box. */
    private static final float[] FONT_SIZES = {7.5f, 7, 6.5f, 6, 5.5f, 5};
    private static final float LEADING = 1.2f;
    private static final float TEXT_GRAY = 0.15f;

    private VisibleSignature() {
    }

    /** Gives the widget of {@code signature}'s field, which PDFBox has just made invisible, its place and look. */
    static void show(PDDocument document, PDSignature signature, Appearance appearance) throws IOException {
        PDAnnotationWidget widget = field(document, signature).getWidgets().get(0);
        PDRectangle page = widget.getPage().getCropBox();
        widget.setRectangle(new PDRectangle(page.getUpperRightX() - RIGHT - WIDTH, page.getLowerLeftY() + BOTTOM,
                WIDTH, HEIGHT));
        widget.setPrinted(true);
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(stream(document, appearance));
        widget.setAppearance(appearances);
    }

    private static PDSignatureField field(PDDocument document, PDSignature signature) {
        // No fix-up: the default one may rebuild other fields' appearances, which has no place in a signing update.
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField
                    && field.getCOSObject().getCOSDictionary(COSName.V) == signature.getCOSObject()) {
                return signatureField;
            }
        }
        throw new IllegalStateException("PDFBox created no field for the new signature");
    }

    private static PDAppearanceStream stream(PDDocument document, Appearance appearance) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(WIDTH, HEIGHT));
        stream.setResources(new PDResources());
        byte[] imageBytes = appearance.image();
        PDImageXObject image = imageBytes == null ? null : image(document, imageBytes);
        PDFont font;
        try (InputStream in = LetterFont.REGULAR.open()) {
            font = PDType0Font.load(document, in, true);
        }
        float textLeft = PADDING;
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            if (image != null) {
                float column = (WIDTH - 2 * PADDING - GAP) * IMAGE_SHARE;
                drawImage(content, image, column);
                textLeft += column + GAP;
            }
            drawText(content, font, appearance.text(), textLeft);
        }
        return stream;
    }

    private static PDImageXObject image(PDDocument document, byte[] bytes) throws IOException {
        PDImageXObject image;
        try {
            // PNG transparency becomes a soft mask, which PDF/A-2 and -3 allow.
            image = PDImageXObject.createFromByteArray(document, bytes, "signature");
        } catch (IOException | IllegalArgumentException e) {
            throw AppException.invalidData(Message.of("visible.image_unreadable", e.getMessage()), e);
        }
        if (image.getColorSpace() instanceof PDDeviceCMYK) {
            // Letters carry an sRGB output intent, under which PDF/A forbids uncalibrated CMYK.
            throw AppException.invalidData(Message.of("visible.cmyk"));
        }
        return image;
    }

    /** Scales the image to fit its column and the box's height, centred in both. */
    private static void drawImage(PDPageContentStream content, PDImageXObject image, float column)
            throws IOException {
        float height = HEIGHT - 2 * PADDING;
        float scale = Math.min(column / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, PADDING + (column - w) / 2, (HEIGHT - h) / 2, w, h);
    }

    /** Left-aligned lines, centred vertically, in the largest of {@link #FONT_SIZES} that fits. */
    private static void drawText(PDPageContentStream content, PDFont font, String text, float left)
            throws IOException {
        TextBlock block = fit(font, text, WIDTH - PADDING - left, HEIGHT - 2 * PADDING);
        float leading = block.size() * LEADING;
        float top = (HEIGHT + block.lines().size() * leading) / 2;
        content.beginText();
        content.setNonStrokingColor(TEXT_GRAY);
        content.setFont(font, block.size());
        content.setLeading(leading);
        // The baseline that centres a DejaVu line (cap height 0.73 em, descent 0.24 em) in its line box.
        content.newLineAtOffset(left, top - leading / 2 - 0.245f * block.size());
        for (String line : block.lines()) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    private static TextBlock fit(PDFont font, String text, float width, float height) throws IOException {
        for (float size : FONT_SIZES) {
            List<String> lines = wrap(font, text, size, width);
            if (lines != null && lines.size() * size * LEADING <= height) {
                return new TextBlock(lines, size);
            }
        }
        throw AppException.invalidData(Message.of("visible.too_long", FONT_SIZES[FONT_SIZES.length - 1], text));
    }

    /** Breaks {@code text} at spaces into lines no wider than {@code width}; null when a word alone is wider. */
    private static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String line = "";
            for (String word : paragraph.strip().split(" +")) {
                if (width(font, word, size) > width) {
                    return null;
                }
                String longer = line.isEmpty() ? word : line + " " + word;
                if (width(font, longer, size) <= width) {
                    line = longer;
                } else {
                    lines.add(line);
                    line = word;
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private record TextBlock(List<String> lines, float size) {
    }
}
