package org.optout.letter;

import java.util.List;

/**
 * The whole data model of a letter template, exposed to FreeMarker as the variable {@code letter}. Built in one
 * place, {@link LetterComposer}; template authors find each field documented in the README.
 *
 * @param lang "fr" or "en"
 * @param date the letter's date, formatted in its language
 * @param place the town for "Fait à …", or null
 * @param channel "email", "web_form" or "post"
 * @param signature the handwritten-signature image as a {@code data:} URI, or null
 * @param situation the user's "particular situation" paragraph, or null for the template's default
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
        String signature) {

    public LetterModel {
        accountIds = List.copyOf(accountIds);
    }

    /** The same letter addressed to someone else (a complaint goes to the authority, not the controller). */
    public LetterModel withRecipient(Recipient other) {
        return new LetterModel(lang, date, place, channel, sender, other, representative, platform, accountIds,
                situation, signature);
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
     * @param attentionDpo whether the template adds a "for the attention of the DPO" line after the first line
     * @param toVerify whether the postal address is unconfirmed in the catalogue
     */
    public record Recipient(String legalName, List<String> lines, String country, boolean attentionDpo,
                            boolean toVerify) {
        public Recipient {
            lines = List.copyOf(lines);
        }
    }

    /** The controller's EU representative (art. 27), copied on the letter. */
    public record Representative(String name, List<String> lines, String email, boolean toVerify) {
        public Representative {
            lines = List.copyOf(lines);
        }
    }

    /** The platform and its controller. */
    public record PlatformInfo(String name, List<String> services, String controllerName, String registrationNumber) {
        public PlatformInfo {
            services = List.copyOf(services);
        }
    }

    /** One way the user's account is identified: kind is "email", "profile_url", "username" or "phone". */
    public record AccountId(String kind, String value) {
    }
}
