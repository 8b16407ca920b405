package org.optout.tracker;

import java.util.List;
import org.optout.ui.Message;

/**
 * What {@code optout requests verify} checked and what it found.
 *
 * @param requests how many requests the tracker holds
 * @param events how many events: every one checked against its hash and the one before it
 * @param documents how many evidence files: every one checked against its recorded SHA-256 and size
 * @param breaks every sign of tampering or loss found, one message each (the cli renders it in the interface
 *     language), naming the request (R3), event (E12) or file as a fact
 * @param warnings what is worth knowing but is not a break, e.g. a chain head written for the first time
 */
public record ChainReport(int requests, int events, int documents, List<Message> breaks,
                          List<Message> warnings) {
    public ChainReport {
        breaks = List.copyOf(breaks);
        warnings = List.copyOf(warnings);
    }

    /** Whether nothing was found broken. */
    public boolean intact() {
        return breaks.isEmpty();
    }
}
