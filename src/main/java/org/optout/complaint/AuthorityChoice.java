package org.optout.complaint;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.optout.AppException;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;

/**
 * Which authority a complaint goes to, and in which language. Art. 77 lets a person complain in the Member State of
 * their habitual residence: the default is the national authority whose {@code country} is the profile's, read from
 * the catalogue; else the platform's lead authority.
 */
final class AuthorityChoice {
    private AuthorityChoice() {
    }

    /** The authority named by {@code id}, else the resident's national one, else the lead authority. */
    static Authority choose(String id, String country, Platform platform, Catalogue catalogue) {
        if (id != null) {
            List<String> known = catalogue.authorities().stream().map(Authority::id).toList();
            return catalogue.authority(id).orElseThrow(() -> AppException.usage("--authority: unknown authority '"
                    + id + "'" + Catalogue.suggestion(id, known) + "; known: " + String.join(", ", known)));
        }
        return resident(country, catalogue).or(() -> catalogue.leadAuthorityOf(platform))
                .orElseThrow(() -> AppException.usage("--authority is needed: the catalogue has no authority for "
                        + "country " + country + " and " + platform.id() + " has no lead authority"));
    }

    /** The national authority of {@code country}. */
    static Optional<Authority> resident(String country, Catalogue catalogue) {
        return catalogue.authorities().stream().filter(a -> a.country().equals(country) && a.national()).findFirst();
    }

    /** The regional authorities of the chosen one's country (German Länder), for a warning when it was a default. */
    static List<Authority> regional(Authority national, Catalogue catalogue) {
        return catalogue.authorities().stream()
                .filter(a -> a.country().equals(national.country()) && !a.national()).toList();
    }

    /**
     * The complaint's language: {@code asked} if the authority takes it, else the profile's if it does, else the
     * first language the authority takes that optout writes; else English, with a warning.
     *
     * @param written whether optout has a complaint template in a language
     */
    static Language language(Language asked, Authority authority, Language preferred, Predicate<Language> written,
                             List<String> warnings) {
        List<String> accepted = authority.languages();
        if (asked != null) {
            if (!written.test(asked)) {
                throw AppException.usage("--lang: optout has no complaint template in " + asked.code());
            }
            if (!accepted.contains(asked.code())) {
                throw AppException.usage("--lang: " + authority.shortName() + " takes complaints in "
                        + String.join(", ", accepted) + ", not " + asked.code());
            }
            return asked;
        }
        if (accepted.contains(preferred.code()) && written.test(preferred)) {
            return preferred;
        }
        for (String code : accepted) {
            for (Language language : Language.values()) {
                if (language.code().equals(code) && written.test(language)) {
                    return language;
                }
            }
        }
        warnings.add(authority.shortName() + " takes complaints in " + String.join(", ", accepted) + "; optout has "
                + "no complaint template in " + (accepted.size() == 1 ? "that language" : "those languages")
                + ": the draft is in English, to translate before filing");
        return Language.EN;
    }
}
