package org.optout.catalogue;

import java.util.Locale;

/** A language in which optout writes letters and guides. */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH),
    /** Dutch: complaints to the Belgian APD/GBA only; catalogue texts without a Dutch version fall back to English. */
    NL(new Locale("nl"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO 639-1 code, as used in file names and template folders. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The default letter language for a country of residence: French for FR, BE and LU, else English. */
    public static Language defaultFor(String country) {
        return switch (country) {
            case "FR", "BE", "LU" -> FR;
            default -> EN;
        };
    }
}
