package org.optout.sending;

import org.optout.catalogue.Platform;
import org.optout.tracker.RequestChannel;

/** The channel the user chooses with {@code send --via}. */
public enum Via {
    EMAIL(RequestChannel.EMAIL), FORM(RequestChannel.WEB_FORM), POST(RequestChannel.POST),
    SETTING(RequestChannel.IN_APP_SETTING);

    private final RequestChannel channel;

    Via(RequestChannel channel) {
        this.channel = channel;
    }

    public RequestChannel channel() {
        return channel;
    }

    /** The word users type and see: email, form, post or setting. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The choice that gives {@code channel}. */
    public static Via of(RequestChannel channel) {
        for (Via via : values()) {
            if (via.channel == channel) {
                return via;
            }
        }
        throw new IllegalArgumentException("no --via for " + channel);
    }

    /** The channel to use for {@code platform}: the user's choice, else the catalogue's preferred one. */
    public static RequestChannel resolve(Via via, Platform platform) {
        if (via != null) {
            return via.channel();
        }
        return switch (platform.preferredChannel()) {
            case EMAIL -> RequestChannel.EMAIL;
            case WEB_FORM -> RequestChannel.WEB_FORM;
            case POST -> RequestChannel.POST;
        };
    }
}
