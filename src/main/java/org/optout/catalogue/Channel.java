package org.optout.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a request reaches a controller: the one definition of a channel, for the catalogue's preferred channel, the
 * {@code --via} option, the tracker, JSON and every message. Users type and read {@link #label()}: email, form,
 * post, setting.
 */
public enum Channel {
    EMAIL("EMAIL"),
    /** The controller's web form. */
    FORM("WEB_FORM"),
    /** A letter sent by (registered) post. */
    POST("POST"),
    /** The platform's in-app setting, switched off by the user. */
    SETTING("IN_APP_SETTING");

    private final String stored;

    Channel(String stored) {
        this.stored = stored;
    }

    /** The word users type and read: "email", "form", "post", "setting". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * How the tracker spells it. Trackers written before the channel words were settled hold these names, and the
     * event chain's hashes cover them, so they stay.
     */
    public String stored() {
        return stored;
    }

    /** The channel the tracker spells {@code value}, if any. */
    public static Optional<Channel> fromStored(String value) {
        return Arrays.stream(values()).filter(c -> c.stored.equals(value)).findFirst();
    }

    /** The channel a user typed ("form", any case), if any. */
    public static Optional<Channel> of(String typed) {
        return Arrays.stream(values()).filter(c -> c.label().equalsIgnoreCase(typed)).findFirst();
    }

    /** The channel to use for {@code platform}: the user's choice if any, else the catalogue's preferred one. */
    public static Channel resolve(Channel chosen, Platform platform) {
        return chosen != null ? chosen : platform.preferredChannel();
    }

    /** "email, form, post, setting", for messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Channel::label).toList());
    }

    /**
     * A catalogue file's {@code preferred_channel}: {@code email}, {@code web_form} or {@code post} (the schema's
     * spelling), or a channel's label.
     */
    @JsonCreator
    public static Channel fromCatalogue(String value) {
        return fromStored(value.toUpperCase(Locale.ROOT)).or(() -> of(value))
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not a channel"));
    }
}
