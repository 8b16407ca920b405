package org.optout.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's URL-aware line breaking, minus two breaks the JDK rules allow but French and legal text must
 * not have: after a typographic apostrophe inside a word ("d’|identité") and before an opening parenthesis glued
 * to a word or number ("7|(3)").
 */
final class LetterLineBreaker implements FSTextBreaker {
    private final FSTextBreaker delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ROOT));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at > 0 && at < text.length() && forbidden(text.charAt(at - 1), text.charAt(at))) {
            at = delegate.next();
        }
        return at;
    }

    static boolean forbidden(char before, char after) {
        return before == '\u2019' && Character.isLetter(after)
                || after == '(' && Character.isLetterOrDigit(before);
    }
}
