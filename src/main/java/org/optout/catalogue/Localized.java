package org.optout.catalogue;

import java.util.Objects;

/** A catalogue text in French and English (Dutch optional, for Belgian authorities). */
public record Localized(String fr, String en, String nl) {
    public Localized {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return switch (language) {
            case FR -> fr;
            case EN -> en;
            case NL -> nl != null ? nl : en;
        };
    }
}
