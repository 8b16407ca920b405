package org.optout.tracker;

import java.util.Locale;

/** How a request reaches the controller. */
public enum RequestChannel {
    EMAIL, WEB_FORM, POST, IN_APP_SETTING;

    /** The name users type and see, e.g. "web_form". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
