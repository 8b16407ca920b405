package org.optout.letter;

import java.util.List;

/**
 * The whole data model of a letter template, exposed to FreeMarker as the variable {@code letter}. Built in one
 * place, {@link LetterComposer}; template authors find each field documented in the README. Nothing unconfirmed in
 * the catalogue reaches it: what the controller reads is only what optout can stand behind.
 *
 * @param lang the letter's language code ("fr", "en", "nl", "de")
 * @param date the letter's date, formatted in its language
 * @param place the town for the date line ("Lyon, le …"), or null
 * @param channel "email", "form" or "post" ({@link org.optout.catalogue.Channel#label()})
 * @param representative the controller's EU representative (art. 27) the letter is copied to, or null
 * @param situation the user's "particular situation" paragraph, or null when the profile has none
 * @param signature the handwritten-signature image as a {@code data:} URI, or null
 * @param nonUser the person has no account on the platform: their data is there through others
 * @param examples for a non-user, where their data appears (URLs or descriptions), printed as given
 * @param access whether the letter also asks for access (art. 15) to the data used for AI training
 * @param specialCategories whether the profile says the data reveals special categories (art. 9)
 * @param settingRecorded whether the user recorded switching off the platform's in-app setting
 * @param subjectPrefix what the controller asks to find in the subject line (e.g. "Data Subject Request"), or null
 */
public record LetterModel(
        String lang,
        String date,
        String place,
        String channel,
        Sender sender,
        Recipient recipient,
        Representative representative,
        PlatformInfo platform,
        List<AccountId> accountIds,
        String situation,
        String signature,
        boolean nonUser,
        List<String> examples,
        boolean access,
        boolean specialCategories,
        boolean settingRecorded,
        String subjectPrefix) {

    public LetterModel {
        accountIds = List.copyOf(accountIds);
        examples = List.copyOf(examples);
    }

    /** The same letter addressed to someone else (a complaint goes to the authority, not the controller). */
    public LetterModel withRecipient(Recipient other) {
        return new LetterModel(lang, date, place, channel, sender, other, representative, platform, accountIds,
                situation, signature, nonUser, examples, access, specialCategories, settingRecorded, subjectPrefix);
    }

    /** The person objecting. */
    public record Sender(String name, List<String> addressLines, String country, String email, String phone) {
        public Sender {
            addressLines = List.copyOf(addressLines);
        }
    }

    /**
     * The address block.
     *
     * @param attention the attention line after the first line, in the letter's language, or null
     * @param attentionDpo whether the template adds its own "for the attention of the DPO" line (the catalogue
     *     gives no attention line and the address is the controller's registered office)
     */
    public record Recipient(String legalName, List<String> lines, String country, String attention,
                            boolean attentionDpo) {
        public Recipient {
            lines = List.copyOf(lines);
        }
    }

    /** The controller's EU representative (art. 27), copied on the letter: a second address block, Cc by e-mail. */
    public record Representative(String name, List<String> lines, String country, String email) {
        public Representative {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The platform and its controller.
     *
     * @param name the platform's name as it writes it; services likewise (brand names, no descriptions)
     */
    public record PlatformInfo(String name, List<String> services, String controllerName, String registrationNumber) {
        public PlatformInfo {
            services = List.copyOf(services);
        }
    }

    /** One way the user's account is identified: kind is "email", "profile_url", "username" or "phone". */
    public record AccountId(String kind, String value) {
    }
}
