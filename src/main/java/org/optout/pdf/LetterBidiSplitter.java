package org.optout.pdf;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * Splits a paragraph into directional runs with the JDK's Unicode bidi algorithm ({@link java.text.Bidi}), so
 * that an Arabic or Hebrew name is laid out right to left inside a left-to-right letter. (openhtmltopdf's own
 * implementation needs ICU4J, which optout does without.)
 */
final class LetterBidiSplitter implements BidiSplitter {
    /** Makes one splitter per paragraph, as openhtmltopdf expects. */
    static final BidiSplitterFactory FACTORY = LetterBidiSplitter::new;

    private BidiTextRun[] visualRuns = new BidiTextRun[0];

    @Override
    public void setParagraph(String paragraph, byte direction) {
        if (direction != RTL && !Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())) {
            // nearly every paragraph of a letter: one left-to-right run, without running the algorithm
            visualRuns = new BidiTextRun[] {new BidiTextRun(0, paragraph.length(), LTR)};
            return;
        }
        int flags = switch (direction) {
            case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
            case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
            default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
        };
        Bidi bidi = new Bidi(paragraph, flags);
        int count = bidi.getRunCount();
        BidiTextRun[] logical = new BidiTextRun[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            int start = bidi.getRunStart(i);
            levels[i] = (byte) bidi.getRunLevel(i);
            logical[i] = new BidiTextRun(start, bidi.getRunLimit(i) - start, (levels[i] & 1) == 1 ? RTL : LTR);
        }
        Bidi.reorderVisually(levels, 0, logical, 0, count);
        visualRuns = logical;
    }

    @Override
    public int countTextRuns() {
        return visualRuns.length;
    }

    @Override
    public BidiTextRun getVisualRun(int index) {
        return visualRuns[index];
    }

    /** The direction of the first strongly directional character, or neutral when there is none. */
    @Override
    public byte getBaseDirection(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LTR;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RTL;
                default:
                    i += Character.charCount(cp);
            }
        }
        return NEUTRAL;
    }
}
