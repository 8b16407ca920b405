package org.optout.profile;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.optout.catalogue.Language;

/**
 * Countries of residence as a user types them: an ISO 3166-1 alpha-2 code ("BE", "fr"), or, for the countries
 * optout knows authorities in, a name in a letter language or the country's own ("France", "Belgique", "België",
 * "Deutschland", "España"), from the JDK's locale data, ignoring case and accents.
 */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private final Map<String, String> byName = new HashMap<>();

    /** @param named the codes of the countries whose names are understood (the EEA: the catalogue's authorities) */
    public Countries(Collection<String> named) {
        for (String code : named) {
            Locale country = new Locale("", code);
            for (Language language : Language.values()) {
                byName.putIfAbsent(normalise(country.getDisplayCountry(language.locale())), code);
            }
            for (Locale locale : Locale.getAvailableLocales()) {
                if (code.equals(locale.getCountry())) {
                    byName.putIfAbsent(normalise(country.getDisplayCountry(locale)), code);
                }
            }
        }
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code, upper case, as the profile file holds it. */
    public static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** The ISO code for what the user typed, if it is a code or a known name. */
    public Optional<String> code(String typed) {
        String upper = typed.strip().toUpperCase(Locale.ROOT);
        if (isCode(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(byName.get(normalise(typed)));
    }

    /** Lower case, without accents, apostrophes straight, spaces single: "Belgïe" and "belgie" are one name. */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('’', '\'').replaceAll("[\\s-]+", " ").toLowerCase(Locale.ROOT);
    }
}
