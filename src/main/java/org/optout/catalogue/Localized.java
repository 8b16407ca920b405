package org.optout.catalogue;

import java.util.Objects;

/**
 * A catalogue text in each language optout writes. French and English are always there; Dutch and German fall
 * back to English where a catalogue file does not have them yet (the guide says so); letters print only texts that
 * exist in their own language.
 */
public record Localized(String fr, String en, String nl, String de) {
    public Localized {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language}, else in English. */
    public String in(Language language) {
        String own = exactly(language);
        return own != null ? own : en;
    }

    /** The text in {@code language}, or null when this text has no version in it. */
    public String exactly(Language language) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
            case NL -> nl;
            case DE -> de;
        };
    }
}
