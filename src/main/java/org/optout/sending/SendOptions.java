package org.optout.sending;

import org.optout.AppException;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterWriter;
import org.optout.ui.Message;

/**
 * What the user asked {@code send} to do.
 *
 * @param via the channel the user chose, or null for each platform's preferred one
 * @param manual write the email for the user's own mail program instead of sending it (implies email)
 * @param resend send again a request whose delivery is unknown
 * @param commandSuffix options to repeat in the commands printed as advice (e.g. {@code --db FILE})
 */
public record SendOptions(LetterWriter.Request letters, Channel via, boolean manual, boolean resend, boolean copyToSelf,
                          boolean acceptUnconfirmed, String commandSuffix) {
    public SendOptions {
        if (manual && via != null && via != Channel.EMAIL) {
            throw AppException.usage(Message.of("error.manual_email"));
        }
    }

    /** The channel for {@code platform}: email with --manual, else the user's choice, else the preferred one. */
    Channel channel(Platform platform) {
        return Channel.resolve(manual ? Channel.EMAIL : via, platform);
    }
}
