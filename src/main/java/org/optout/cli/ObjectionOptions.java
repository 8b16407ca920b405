package org.optout.cli;

import java.util.ArrayList;
import java.util.List;
import org.optout.AppException;
import org.optout.letter.LetterChoices;
import org.optout.ui.Message;
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
            throw AppException.usage(Message.of("error.example_non_user"));
        }
        if (examples.size() > LetterChoices.MAX_EXAMPLES) {
            throw AppException.usage(Message.of("error.example_count", LetterChoices.MAX_EXAMPLES));
        }
        for (String example : examples) {
            if (example.isBlank() || example.length() > LetterChoices.MAX_EXAMPLE_LENGTH
                    || example.chars().anyMatch(c -> Character.isISOControl(c))) {
                throw AppException.usage(Message.of("error.example_line", LetterChoices.MAX_EXAMPLE_LENGTH));
            }
        }
        return new LetterChoices(!noAccess, nonUser, examples, false);
    }

}
