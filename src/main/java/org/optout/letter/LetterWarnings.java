package org.optout.letter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform.Contact;
import org.optout.catalogue.Platform.ContactType;
import org.optout.catalogue.Platform;
import org.optout.profile.Profile;
import org.optout.ui.Message;

/**
 * What the user should know before sending letters, for stderr: a missing particular situation, facts left out of
 * a letter because the catalogue could not confirm them, and a profile text in another language than the letter.
 * Letters themselves never print an unconfirmed fact.
 */
public final class LetterWarnings {
    /** A few very common words of each language, enough to tell which one a paragraph is written in. */
    private static final Map<Language, Set<String>> COMMON = Map.of(
            Language.FR, Set.of("le", "la", "les", "des", "et", "je", "mes", "est", "une", "pour", "que", "dans", "sur",
                    "pas", "qui", "du", "au", "ma", "mon", "ce"),
            Language.EN, Set.of("the", "and", "my", "is", "of", "to", "in", "for", "that", "with", "on", "not", "i",
                    "are", "this", "as", "it", "was"),
            Language.NL, Set.of("het", "een", "en", "van", "ik", "mijn", "voor", "dat", "niet", "met", "op", "zijn",
                    "ook", "als", "wordt", "bij", "naar", "deze"),
            Language.DE, Set.of("der", "die", "das", "und", "ich", "mein", "meine", "ist", "nicht", "mit", "für",
                    "von", "auf", "den", "dem", "ein", "eine", "sind", "auch", "wird"));

    private LetterWarnings() {
    }

    /**
     * The warnings for letters to {@code platforms} in {@code language}.
     *
     * @param profileLabel the profile file as the user named it
     */
    public static List<Message> of(Profile profile, String profileLabel, List<Platform> platforms, Language language,
                                  LetterChoices choices) {
        List<Message> warnings = new ArrayList<>();
        if (profile.situation() == null) {
            warnings.add(Message.of("warning.no_situation", profileLabel));
        } else {
            writtenIn(profile.situation()).filter(found -> found != language).ifPresent(found -> warnings.add(
                    Message.of("warning.situation_language", profileLabel, found, language, found.code())));
        }
        for (Platform platform : platforms) {
            if (platform.euRepresentative() != null && platform.euRepresentative().confidence().toVerify()) {
                warnings.add(Message.of("warning.representative_unconfirmed", platform.id(),
                        platform.euRepresentative().name(), "optout guide " + platform.id()));
            }
            if (!choices.nonUser()) {
                postalUnconfirmed(platform).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    private static java.util.Optional<Message> postalUnconfirmed(Platform platform) {
        Contact postal = platform.contacts().stream().filter(c -> c.type() == ContactType.POSTAL).findFirst()
                .orElse(null);
        if (postal == null && platform.controller().address().isEmpty()) {
            return java.util.Optional.of(Message.of("warning.no_postal_address", platform.id()));
        }
        boolean unconfirmed = postal != null ? postal.confidence().toVerify()
                : platform.controller().confidence().toVerify();
        return unconfirmed ? java.util.Optional.of(Message.of("warning.postal_unconfirmed", platform.id(),
                "optout guide " + platform.id())) : java.util.Optional.empty();
    }

    /** The language a text seems to be written in, when its common words say so clearly. */
    static java.util.Optional<Language> writtenIn(String text) {
        Map<Language, Integer> counts = new EnumMap<>(Language.class);
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            COMMON.forEach((language, words) -> {
                if (words.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        Language best = null;
        int bestCount = 0;
        int second = 0;
        for (Map.Entry<Language, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                second = bestCount;
                bestCount = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestCount >= 3 && bestCount >= 2 * second ? java.util.Optional.of(best) : java.util.Optional.empty();
    }
}
