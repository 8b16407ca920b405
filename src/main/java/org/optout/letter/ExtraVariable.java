package org.optout.letter;

/**
 * Data a template reads besides {@code letter}, under the name {@link #variableName()}: the facts of a reminder or
 * of a complaint.
 */
public interface ExtraVariable {
    /** The name templates use, e.g. "reminder". */
    String variableName();
}
