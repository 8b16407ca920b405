package org.optout.pdf;

/**
 * The computed style of one element as {@link Typesetter} uses it. Lengths are in PDF points, already rounded to
 * openhtmltopdf's layout unit ({@link LetterStyles#DOT}) so that both renderers place a letter alike.
 *
 * @param fontSize the font size
 * @param lineHeight the line height as a multiple of the font size, or {@code NaN} for {@code normal}
 * @param rgb the text colour, 0xRRGGBB
 * @param width the content width, or {@code NaN} for {@code auto}
 * @param height the content height, or {@code NaN} for {@code auto}
 */
record BoxStyle(float fontSize, float lineHeight, int rgb, boolean bold, boolean italic, boolean alignRight,
        boolean nowrap, boolean breakWord, float marginTop, float marginRight, float marginBottom, float marginLeft,
        float paddingLeft, float width, float height, float minHeight, Position position, float top, float left,
        boolean avoidBreakInside, Display display) {

    /** How a box is placed: in the flow, in the flow as the origin of absolute boxes, or out of the flow. */
    enum Position {
        STATIC, RELATIVE, ABSOLUTE
    }

    /** The {@code display} the style sheet gives, if any: the element's own kind of box otherwise. */
    enum Display {
        UNSET, BLOCK, LIST_ITEM
    }

    /** What an XHTML document's root inherits: openhtmltopdf's defaults (16 px, black, normal line height). */
    static final BoxStyle ROOT = new BoxStyle(12f, Float.NaN, 0, false, false, false, false, false, 0, 0, 0, 0, 0,
            Float.NaN, Float.NaN, 0, Position.STATIC, 0, 0, false, Display.UNSET);

    LetterFont face() {
        return bold ? (italic ? LetterFont.BOLD_OBLIQUE : LetterFont.BOLD)
                : (italic ? LetterFont.OBLIQUE : LetterFont.REGULAR);
    }
}
