package org.optout.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages optout writes letters, guides and complaints in: the one definition every package asks. A new
 * language is a constant here, a folder of templates and one more key per catalogue text.
 */
public enum Language {
    FR(Locale.FRENCH),
    EN(Locale.ENGLISH),
    NL(new Locale("nl")),
    DE(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO 639-1 code, as used in file names, template folders and catalogue keys. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language with this ISO 639-1 code, if optout writes it. */
    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    /** "fr, en, nl, de", for messages and help. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }

    /**
     * The default language for a country of residence: French for France and Luxembourg (and Belgium, unless the
     * profile says Dutch), Dutch for the Netherlands, German for Germany and Austria, else English.
     */
    public static Language defaultFor(String country) {
        return switch (country) {
            case "FR", "BE", "LU" -> FR;
            case "NL" -> NL;
            case "DE", "AT" -> DE;
            default -> EN;
        };
    }
}
