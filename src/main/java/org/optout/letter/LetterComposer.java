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
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl"));

    private LetterComposer() {
    }

    /** The model of the objection letter to {@code platform}. */
    public static LetterModel compose(Profile profile, Platform platform, Language language, LocalDate date,
                                      String signatureDataUri) {
        return new LetterModel(
                language.code(),
                formatDate(date, language),
                profile.place(),
                platform.preferredChannel().name().toLowerCase(Locale.ROOT),
                new LetterModel.Sender(profile.name(), profile.postalAddress(), countryName(profile.country(), language),
                        profile.email(), profile.phone()),
                recipient(platform, language),
                representative(platform),
                new LetterModel.PlatformInfo(platform.name(), platform.services(), platform.controller().legalName(),
                        platform.controller().registrationNumber()),
                accountIds(profile, platform),
                profile.situation(),
                signatureDataUri);
    }

    /** A date written out, with no-break spaces so that it never splits across lines. */
    static String formatDate(LocalDate date, Language language) {
        String formatted;
        if (language == Language.FR) {
            formatted = FRENCH.format(date);
            formatted = date.getDayOfMonth() == 1 ? formatted.replaceFirst("^1 ", "1er ") : formatted;
        } else {
            formatted = (language == Language.NL ? DUTCH : ENGLISH).format(date);
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
            return new LetterModel.Recipient(controller.legalName(), contact.address(),
                    countryName(contact.country(), language), false, contact.confidence().toVerify());
        }
        List<String> lines = new ArrayList<>();
        lines.add(controller.legalName());
        lines.addAll(controller.address());
        return new LetterModel.Recipient(controller.legalName(), lines, countryName(controller.country(), language),
                true, controller.confidence().toVerify());
    }

    private static LetterModel.Representative representative(Platform platform) {
        Platform.Representative rep = platform.euRepresentative();
        if (rep == null) {
            return null;
        }
        return new LetterModel.Representative(rep.name(), rep.address(), rep.email(), rep.confidence().toVerify());
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
        if (value.matches("(?i)https?://\\S+")) {
            return "profile_url";
        }
        if (value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "email";
        }
        if (value.matches("\\+?[0-9][0-9 ().-]{5,}")) {
            return "phone";
        }
        return "username";
    }
}
