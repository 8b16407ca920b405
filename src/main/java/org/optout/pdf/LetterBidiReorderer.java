package org.optout.pdf;

import com.openhtmltopdf.bidi.BidiReorderer;
import java.text.Normalizer;

/**
 * Prepares right-to-left runs for PDFBox, which draws characters one after the other from left to right: Arabic
 * letters are replaced by their joined forms (Arabic Presentation Forms, as ICU4J's shaping does for openhtmltopdf),
 * and a run is reversed, keeping each letter before its combining marks and mirroring brackets. The PDF's text
 * still reads in logical order: text extraction undoes both steps.
 */
final class LetterBidiReorderer implements BidiReorderer {
    private static final int FIRST = 0x0621;
    /**
     * For U+0621..U+064A: how many presentation forms the letter has (1 non-joining, 2 joins the previous letter
     * only, 4 joins both sides; 0 none). The forms follow each other from U+FE80 in this order.
     */
    private static final int[] FORMS = {1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4,
        0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 4, 2, 2, 4};
    private static final int[] FIRST_FORM = new int[FORMS.length];
    private static final int TATWEEL = 0x0640;
    private static final int LAM = 0x0644;

    static {
        int next = 0xFE80;
        for (int i = 0; i < FORMS.length; i++) {
            FIRST_FORM[i] = FORMS[i] == 0 ? 0 : next;
            next += FORMS[i];
        }
    }

    @Override
    public String shapeText(String text) {
        if (text.chars().noneMatch(c -> c >= FIRST && c < FIRST + FORMS.length)) {
            return text;
        }
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean joinsBefore = joinsToNext(previousLetter(text, i));
            int next = nextLetter(text, i);
            int alef = lamAlef(next);
            if (c == LAM && alef != 0) {
                shaped.append((char) (alef + (joinsBefore ? 1 : 0)));
                // the alef is part of the ligature; combining marks between the two stay after it
                int at = text.indexOf(next, i + 1);
                shaped.append(text, i + 1, at);
                i = at;
                continue;
            }
            int forms = forms(c);
            if (forms < 2) {
                shaped.append(forms == 1 ? (char) FIRST_FORM[c - FIRST] : c);
                continue;
            }
            boolean joinsAfter = forms == 4 && joinsFromPrevious(next);
            int form = joinsBefore ? (joinsAfter ? 3 : 1) : (joinsAfter ? 2 : 0);
            shaped.append((char) (FIRST_FORM[c - FIRST] + form));
        }
        return shaped.toString();
    }

    @Override
    public String deshapeText(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                plain.append(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC));
            } else {
                plain.append((char) c);
            }
        });
        return plain.toString();
    }

    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder reversed = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            // a letter and the combining marks after it move together
            int start = end;
            do {
                start = text.offsetByCodePoints(start, -1);
            } while (start > 0 && isMark(text.codePointAt(start)));
            int base = text.codePointAt(start);
            int mirrored = Character.isMirrored(base) ? mirror(base) : base;
            reversed.appendCodePoint(mirrored).append(text, start + Character.charCount(base), end);
            end = start;
        }
        return reversed.toString();
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static int forms(int c) {
        return c >= FIRST && c < FIRST + FORMS.length ? FORMS[c - FIRST] : 0;
    }

    /** Whether {@code c} connects to the letter after it (a dual-joining letter or a tatweel). */
    private static boolean joinsToNext(int c) {
        return forms(c) == 4 || c == TATWEEL || c == 0x200D;
    }

    /** Whether {@code c} connects to the letter before it. */
    private static boolean joinsFromPrevious(int c) {
        return forms(c) >= 2 || c == TATWEEL || c == 0x200D;
    }

    /** The first form of the lam-alef ligature with {@code c}, or 0 when {@code c} is no alef. */
    private static int lamAlef(int c) {
        return switch (c) {
            case 0x0622 -> 0xFEF5;
            case 0x0623 -> 0xFEF7;
            case 0x0625 -> 0xFEF9;
            case 0x0627 -> 0xFEFB;
            default -> 0;
        };
    }

    private static int previousLetter(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!isMark(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    private static int nextLetter(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!isMark(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    private static boolean isMark(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int mirror(int c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> c;
        };
    }
}
