package org.optout.profile;

import org.optout.catalogue.Language;

/**
 * The terminal the profile wizard talks through, in the user's interface language: every text is named by a key
 * ({@code profile.…}) and its arguments, and worded by the implementation.
 */
public interface Conversation {
    /** Prints the text under {@code key} on a line of its own. */
    void say(String key, Object... args);

    /** Prints the text under {@code key} indented, under the question or list it belongs to. */
    void note(String key, Object... args);

    /**
     * Asks the question under {@code key} and waits for one line.
     *
     * @return the answer without surrounding blanks, or null when the input has ended
     */
    String ask(String key, Object... args);

    /** The text under {@code key}, for a message. */
    String text(String key, Object... args);

    /** The interface language, for names the JDK gives (countries). */
    Language language();
}
