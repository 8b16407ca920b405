package org.optout.catalogue;

/** How well a catalogue fact is sourced. Only {@link #UNCONFIRMED} facts must be shown as "to be verified". */
public enum Confidence {
    /** From a primary source: the controller's own policy, the authority's own page, the regulation. */
    CONFIRMED,
    /** Only from a secondary source (press, law firm, third-party repository). */
    SECONDARY,
    /** Drawn from sourced facts; no source states it directly. */
    INFERENCE,
    /** No primary source found: every output that uses it says "to be verified". */
    UNCONFIRMED;

    public boolean toVerify() {
        return this == UNCONFIRMED;
    }
}
