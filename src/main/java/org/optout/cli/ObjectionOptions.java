package org.optout.cli;

import java.util.ArrayList;
import java.util.List;
import org.optout.AppException;
import org.optout.letter.LetterChoices;
import picocli.CommandLine.Option;

/** The choices of the commands that write objection letters ({@code letter}, {@code send}). */
final class ObjectionOptions {
    @Option(names = "--no-access", negatable = false, description = "Leave out the access request (art. 15) "
            + "that letters include by default.")
    boolean noAccess;

    @Option(names = "--non-user", description = "You have no account on the platform: your data is there through "
            + "others (posts, AI answers about you).")
    boolean nonUser;

    @Option(names = "--example", paramLabel = "URL-OR-TEXT", description = "With --non-user: where your data "
            + "appears, printed in the letter as given (repeatable, at most 5, 300 characters each).")
    List<String> examples = new ArrayList<>();

    /** What the user chose for the letters, checked. */
    LetterChoices choices() {
        if (!examples.isEmpty() && !nonUser) {
            throw AppException.usage("--example goes with --non-user (where your data appears when you have no "
                    + "account)");
        }
        if (examples.size() > LetterChoices.MAX_EXAMPLES) {
            throw AppException.usage("--example: at most " + LetterChoices.MAX_EXAMPLES + " examples fit in a letter");
        }
        for (String example : examples) {
            if (example.isBlank() || example.length() > LetterChoices.MAX_EXAMPLE_LENGTH
                    || example.chars().anyMatch(c -> Character.isISOControl(c))) {
                throw AppException.usage("--example: each example is one line of 1 to "
                        + LetterChoices.MAX_EXAMPLE_LENGTH + " characters, without control characters");
            }
        }
        return new LetterChoices(!noAccess, nonUser, examples, false);
    }

}
