package org.optout.pdf;

/**
 * A letter uses XHTML or CSS that {@link Typesetter} does not lay out itself: the renderer then hands it to
 * openhtmltopdf, which lays out any XHTML and CSS 2.1. Never reaches the user.
 */
final class NotTypesettable extends Exception {
    private static final long serialVersionUID = 1L;

    NotTypesettable(String why) {
        super(why, null, false, false);
    }
}
