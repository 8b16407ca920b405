package org.optout.sending;

import java.nio.file.Path;
import java.util.List;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.mail.OutgoingMail;
import org.optout.mail.PreparedMail;
import org.optout.catalogue.Channel;

/**
 * What {@code send} will do, decided before any network action or tracker write: one step per platform, its files
 * already written, so that the user can read the plan and confirm it.
 */
public record SendPlan(SendOptions options, List<Step> steps) {
    public SendPlan {
        steps = List.copyOf(steps);
    }

    /**
     * One platform's step.
     *
     * @param pdf the letter as written (signed with --sign-p12); {@code text} its plain-text twin
     * @param outgoing the email (email channel only, else null); {@code mail} the exact message built from it
     * @param addressFile the file holding the postal address (post only, else null)
     * @param alreadySent the tracker id of the platform's objection when it was sent already, else null
     */
    public record Step(RenderedLetter letter, Channel channel, Path pdf, Path text, OutgoingMail outgoing,
                       PreparedMail mail, Path addressFile, String alreadySent) {
        public String platform() {
            return letter.platform().id();
        }
    }

    /** How many emails optout itself would send now (not those written for the user's mail program, or sent). */
    public long emailsToSend() {
        return options.manual() ? 0 : steps.stream()
                .filter(s -> s.channel() == Channel.EMAIL && s.alreadySent() == null).count();
    }
}
