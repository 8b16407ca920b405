package org.optout.inbox;

import java.util.Locale;
import java.util.Optional;
import org.optout.tracker.EventType;

/** What a controller's reply says, as optout suggests it; the user decides, except as {@link ReplyIntake} says. */
public enum ReplyClass {
    ACKNOWLEDGEMENT(EventType.ACKNOWLEDGED, "acknowledged"),
    IDENTITY_REQUEST(EventType.IDENTITY_REQUESTED, "identity-requested"),
    EXTENSION(EventType.EXTENSION_NOTIFIED, "extended"),
    ANSWER(EventType.ANSWERED, "answered"),
    REFUSAL(EventType.REFUSED, "refused"),
    /** Nothing recognised, or two classes equally: left to the user. */
    UNKNOWN(null, null);

    private final EventType event;
    private final String command;

    ReplyClass(EventType event, String command) {
        this.event = event;
        this.command = command;
    }

    /** The event recording it, if it is a class at all. */
    public Optional<EventType> event() {
        return Optional.ofNullable(event);
    }

    /** The {@code optout requests} subcommand recording it, e.g. "refused", or empty for {@link #UNKNOWN}. */
    public Optional<String> command() {
        return Optional.ofNullable(command);
    }

    /** "identity_request": its code in output and in the corpus files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
