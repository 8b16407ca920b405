package org.optout.complaint;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.optout.AppException;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.ui.Message;

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
            return catalogue.authority(id).orElseThrow(() -> AppException.usage(Message.of("error.authority_unknown",
                    id, Catalogue.closest(id, known).map(b -> (Object) Message.of("error.did_you_mean", b)).orElse(""),
                    String.join(", ", known))));
        }
        return resident(country, catalogue).or(() -> catalogue.leadAuthorityOf(platform))
                .orElseThrow(() -> AppException.usage(Message.of("error.authority_needed", country, platform.id())));
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
                             List<Message> warnings) {
        List<String> accepted = authority.languages();
        if (asked != null) {
            if (!written.test(asked)) {
                throw AppException.usage(Message.of("error.no_complaint_template", asked.code()));
            }
            if (!accepted.contains(asked.code())) {
                throw AppException.usage(Message.of("error.authority_languages", authority.shortName(),
                        String.join(", ", accepted), asked.code()));
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
        warnings.add(Message.of("warning.complaint_in_english", authority.shortName(), String.join(", ", accepted)));
        return Language.EN;
    }
}
