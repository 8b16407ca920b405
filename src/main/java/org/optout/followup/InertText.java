package org.optout.followup;

/**
 * Text that came from outside (a reference, a note, a file name, a tracker edited by hand) made inert for a
 * terminal: every control character (C0, DEL, C1) is printed as an escape, {@code \n}, {@code \r}, {@code \t} or
 * {@code \xNN}, so the text can neither move the cursor, clear the screen nor fake a line of output.
 */
public final class InertText {
    private InertText() {
    }

    /** {@code text} with its control characters escaped; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
