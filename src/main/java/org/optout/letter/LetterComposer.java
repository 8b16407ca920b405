package org.optout.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.catalogue.Platform.AccountIdentifier;
import org.optout.catalogue.Platform.Contact;
import org.optout.catalogue.Platform.ContactRole;
import org.optout.catalogue.Platform.ContactType;
import org.optout.profile.Profile;

/** Builds the template model of one letter from the profile and a catalogue entry. */
public final class LetterComposer {
    private LetterComposer() {
    }

    /** The model of the objection letter to {@code platform}. */
    public static LetterModel compose(Profile profile, Platform platform, Language language, LocalDate date,
                                      LetterChoices choices, String signatureDataUri) {
        Contact email = emailRecipient(platform);
        return new LetterModel(
                language.code(),
                formatDate(date, language),
                profile.place(),
                platform.preferredChannel().label(),
                new LetterModel.Sender(profile.name(), withoutCountry(profile.postalAddress(), profile.country()),
                        countryName(profile.country(), language),
                        profile.email(), profile.phone()),
                recipient(platform, language),
                representative(platform, language),
                new LetterModel.PlatformInfo(platform.name(), platform.services(), platform.controller().legalName(),
                        platform.controller().registrationNumber()),
                choices.nonUser() ? List.of() : accountIds(profile, platform),
                profile.situation(),
                signatureDataUri,
                choices.nonUser(),
                choices.nonUser() ? choices.examples() : List.of(),
                choices.access(),
                profile.specialCategories(),
                choices.settingRecorded(),
                email == null ? null : email.subject());
    }

    /**
     * The model of an objection to {@code platform} that someone writes on another person's behalf (an association
     * acting on a member's mandate, GDPR art. 80(1)): {@code sender} writes and signs; the person's account is
     * identified by {@code accounts} and their e-mail address.
     */
    public static LetterModel composeFor(LetterModel.Sender sender, List<String> accounts, String personEmail,
                                         String situation, Platform platform, Language language, LocalDate date,
                                         String signatureDataUri) {
        List<LetterModel.AccountId> ids = new ArrayList<>();
        accounts.forEach(value -> ids.add(new LetterModel.AccountId(kindOf(value), value)));
        if (ids.stream().noneMatch(id -> id.value().equalsIgnoreCase(personEmail))) {
            ids.add(new LetterModel.AccountId("email", personEmail));
        }
        Contact email = emailRecipient(platform);
        return new LetterModel(language.code(), formatDate(date, language), null, platform.preferredChannel().label(),
                sender, recipient(platform, language), representative(platform, language),
                new LetterModel.PlatformInfo(platform.name(), platform.services(), platform.controller().legalName(),
                        platform.controller().registrationNumber()),
                ids, situation, signatureDataUri, false, List.of(), false, false, false,
                email == null ? null : email.subject());
    }

    /** A date written out in the language's own way, with no-break spaces so that it never splits across lines. */
    static String formatDate(LocalDate date, Language language) {
        String pattern = language == Language.DE ? "d. MMMM yyyy" : "d MMMM yyyy"; // German: "1. November 2026"
        String formatted = DateTimeFormatter.ofPattern(pattern, language.locale()).format(date);
        if (language == Language.FR && date.getDayOfMonth() == 1) {
            formatted = formatted.replaceFirst("^1 ", "1er ");
        }
        return formatted.replace(' ', '\u00A0');
    }

    /** A country's name in the letter's language (e.g. IE → "Irlande"). */
    public static String countryName(String isoCode, Language language) {
        return new Locale("", isoCode).getDisplayCountry(language.locale());
    }

    private static LetterModel.Recipient recipient(Platform platform, Language language) {
        Optional<Contact> postal = platform.contacts().stream()
                .filter(c -> c.type() == ContactType.POSTAL)
                .min((a, b) -> Boolean.compare(a.role() != ContactRole.DPO, b.role() != ContactRole.DPO));
        Platform.Controller controller = platform.controller();
        if (postal.isPresent()) {
            Contact contact = postal.get();
            return new LetterModel.Recipient(controller.legalName(), withoutCountry(contact.address(), contact.country()),
                    countryName(contact.country(), language),
                    contact.attention() == null ? null : contact.attention().exactly(language), false);
        }
        List<String> lines = new ArrayList<>();
        lines.add(controller.legalName());
        lines.addAll(withoutCountry(controller.address(), controller.country()));
        return new LetterModel.Recipient(controller.legalName(), lines, countryName(controller.country(), language),
                null, true);
    }

    /**
     * The representative the letter is copied to: only one the catalogue does not mark unconfirmed (nothing
     * unconfirmed is printed in a letter).
     */
    private static LetterModel.Representative representative(Platform platform, Language language) {
        Platform.Representative rep = platform.euRepresentative();
        if (rep == null || rep.confidence().toVerify()) {
            return null;
        }
        return new LetterModel.Representative(rep.name(), withoutCountry(rep.address(), rep.country()),
                rep.country() == null ? null : countryName(rep.country(), language), rep.email());
    }

    /** The e-mail contact letters are sent to (see the sending package), for its subject-line requirement. */
    private static Contact emailRecipient(Platform platform) {
        return platform.contacts().stream().filter(c -> c.type() == ContactType.EMAIL && c.subject() != null)
                .findFirst().orElse(null);
    }

    /**
     * Address lines without a last line naming the country, which the address block prints itself (in the
     * letter's language): "Belgique" would otherwise appear twice.
     */
    static List<String> withoutCountry(List<String> lines, String country) {
        if (lines.isEmpty() || country == null) {
            return lines;
        }
        String last = lines.get(lines.size() - 1).strip().toLowerCase(Locale.ROOT);
        for (Language l : Language.values()) {
            if (last.equals(countryName(country, l).toLowerCase(l.locale()))) {
                return lines.subList(0, lines.size() - 1);
            }
        }
        Locale native_ = new Locale("", country);
        for (Locale locale : Locale.getAvailableLocales()) {
            if (country.equals(locale.getCountry()) && last.equals(native_.getDisplayCountry(locale)
                    .toLowerCase(locale))) {
                return lines.subList(0, lines.size() - 1);
            }
        }
        return lines;
    }

    private static List<LetterModel.AccountId> accountIds(Profile profile, Platform platform) {
        List<LetterModel.AccountId> ids = new ArrayList<>();
        profile.account(platform.id()).ifPresent(value -> ids.add(new LetterModel.AccountId(kindOf(value), value)));
        boolean hasPhone = ids.stream().anyMatch(id -> id.kind().equals("phone"));
        if (!hasPhone && profile.phone() != null && platform.accountIdentifiers().contains(AccountIdentifier.PHONE)) {
            ids.add(new LetterModel.AccountId("phone", profile.phone()));
        }
        if (ids.stream().noneMatch(id -> id.value().equalsIgnoreCase(profile.email()))) {
            ids.add(new LetterModel.AccountId("email", profile.email()));
        }
        return ids;
    }

    /** Guesses what kind of identifier the user wrote in their profile's {@code accounts}. */
    static String kindOf(String value) {
        return AccountIdentifier.of(value).key();
    }
}
