package org.optout.catalogue;

/** A fact the user should know about a platform or authority. */
public record Note(Localized text, Confidence confidence) {
}
