package org.optout.signing;

import java.util.Arrays;
import java.util.Objects;
import org.optout.AppException;
import org.optout.pdf.LetterFont;
import org.optout.ui.Message;

/**
 * What a visible signature shows in its box on the last page: the handwritten signature on the left, a short
 * statement on the right.
 *
 * @param image the user's handwritten signature as PNG or JPEG bytes, or {@code null} for text only
 * @param text one or two short lines in the letter's language, e.g. "Signé électroniquement par Camille Durand
 *     le 22 novembre 2026"; {@code \n} starts a new line, and long lines are wrapped to the box
 */
public record Appearance(byte[] image, String text) {

    public Appearance {
        Objects.requireNonNull(text, "text");
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').strip();
        if (text.isEmpty()) {
            throw AppException.invalidData(Message.of("visible.no_text"));
        }
        text.codePoints().filter(cp -> cp != '\n' && Character.isISOControl(cp)).findFirst().ifPresent(cp -> {
            throw AppException.invalidData(Message.of("visible.control", String.format("U+%04X", cp)));
        });
        LetterFont.firstUndrawable(text).ifPresent(cp -> {
            throw AppException.invalidData(Message.of("visible.undrawable", Character.toString(cp),
                    String.format("U+%04X", cp), LetterFont.FAMILY));
        });
        if (image != null) {
            if (!isPngOrJpeg(image)) {
                throw AppException.invalidData(Message.of("visible.not_image"));
            }
            image = image.clone();
        }
    }

    /** A copy of the image bytes, or {@code null} when the appearance is text only. */
    @Override
    public byte[] image() {
        return image == null ? null : image.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appearance that && Arrays.equals(image, that.image) && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(image) + text.hashCode();
    }

    @Override
    public String toString() {
        return "Appearance[image=" + (image == null ? "none" : image.length + " bytes") + ", text=" + text + "]";
    }

    private static boolean isPngOrJpeg(byte[] b) {
        boolean png = b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
        return png || jpeg;
    }
}
