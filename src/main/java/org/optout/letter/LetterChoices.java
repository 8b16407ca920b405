package org.optout.letter;

import java.util.List;

/**
 * What the user chose for the objection letters of one run.
 *
 * @param access also ask for access (art. 15) to the data used for AI training (on unless {@code --no-access})
 * @param nonUser the person has no account on the platforms ({@code --non-user})
 * @param examples where their data appears, printed as given ({@code --example}, non-users only)
 * @param settingRecorded the user recorded switching off the in-app setting (the letter may then say so)
 */
public record LetterChoices(boolean access, boolean nonUser, List<String> examples, boolean settingRecorded) {
    /** The defaults: an account holder, with the access request. */
    public static final LetterChoices DEFAULT = new LetterChoices(true, false, List.of(), false);

    /** The most examples a letter lists, and the longest each may be: a letter holds two pages. */
    public static final int MAX_EXAMPLES = 5;
    public static final int MAX_EXAMPLE_LENGTH = 300;

    public LetterChoices {
        examples = List.copyOf(examples);
    }
}
