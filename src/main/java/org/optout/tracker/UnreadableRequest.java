package org.optout.tracker;

/**
 * A request whose rows optout cannot read (edited by hand, or written by a newer optout): it is left out of
 * listings, and a command that needs it stops with {@link #message()}.
 *
 * @param id      the request's id
 * @param message one line naming the tracker, the request, the event or document and the field, e.g.
 *                "tracker t.db: R2 E7: occurred_on '2026-02-30' is not a date"
 */
public record UnreadableRequest(long id, String message) {

    /** The id users type, e.g. "R7". */
    public String shortId() {
        return "R" + id;
    }
}
