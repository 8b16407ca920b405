package org.optout.campaign;

/** What a campaign writes for a member. */
public enum DocumentKind {
    /** The objection to one platform, written by the association on the member's behalf. */
    OBJECTION,
    /** The mandate the member signs, for the association to act for them (art. 80(1)). */
    MANDATE
}
