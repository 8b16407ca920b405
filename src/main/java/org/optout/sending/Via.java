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
