package org.optout.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An AI platform as the catalogue describes it: who controls the data in the EU, how to reach them, and how to
 * opt out. Field meanings are documented in {@code catalogue/schema/platform.schema.json}.
 */
public record Platform(
        String id,
        String name,
        List<String> services,
        Controller controller,
        List<Contact> contacts,
        Representative euRepresentative,
        LeadAuthority leadAuthority,
        LegalBasis legalBasis,
        OptOut optOut,
        List<ObjectionForm> objectionForms,
        List<NonUserRoute> nonUser,
        List<Note> notes,
        List<AccountIdentifier> accountIdentifiers,
        List<ReplyDomain> replyDomains,
        Channel preferredChannel,
        List<Source> sources,
        LocalDate lastVerified) {

    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        services = List.copyOf(services);
        contacts = List.copyOf(contacts);
        objectionForms = objectionForms == null ? List.of() : List.copyOf(objectionForms);
        nonUser = nonUser == null ? List.of() : List.copyOf(nonUser);
        notes = notes == null ? List.of() : List.copyOf(notes);
        accountIdentifiers = List.copyOf(accountIdentifiers);
        replyDomains = replyDomains == null ? List.of() : List.copyOf(replyDomains);
        sources = List.copyOf(sources);
        optOut = optOut == null ? new OptOut(null, null) : optOut;
    }

    /**
     * The EU controller of the platform's data.
     *
     * @param address its address lines; empty when it is not published
     * @param addressNote what is known of an unpublished address (for the guide, never printed in a letter)
     */
    public record Controller(String legalName, List<String> address, Localized addressNote, String country,
                             String registrationNumber, Confidence confidence) {
        public Controller {
            address = address == null ? List.of() : List.copyOf(address);
        }
    }

    /**
     * One way to reach the controller's DPO or privacy team.
     *
     * @param attention the attention line of a postal address, in every letter language, or null
     * @param subject what the controller asks to find in the subject line, or null
     */
    public record Contact(ContactType type, ContactRole role, String email, String url, List<String> address,
                          String country, Localized attention, String subject, Localized note,
                          Confidence confidence) {
        public Contact {
            address = address == null ? List.of() : List.copyOf(address);
        }
    }

    /**
     * A domain the controller replies from.
     *
     * @param source the url of the entry of {@link #sources()} that gives it
     */
    public record ReplyDomain(String domain, String source) {
    }

    /**
     * The domains a reply from the controller may come from, in lower case: its {@code reply_domains}, the domains of
     * its contact addresses and of its representative's.
     */
    public java.util.Set<String> replyDomainNames() {
        java.util.Set<String> domains = new java.util.LinkedHashSet<>();
        replyDomains.forEach(d -> domains.add(d.domain().toLowerCase(Locale.ROOT)));
        contacts.stream().map(Contact::email).filter(Objects::nonNull).forEach(e -> domains.add(domainOf(e)));
        if (euRepresentative != null && euRepresentative.email() != null) {
            domains.add(domainOf(euRepresentative.email()));
        }
        return domains;
    }

    private static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind of contact, as catalogue files spell it; {@link #channel()} is the channel it serves. */
    public enum ContactType {
        EMAIL(Channel.EMAIL), WEB_FORM(Channel.FORM), POSTAL(Channel.POST);

        private final Channel channel;

        ContactType(Channel channel) {
            this.channel = channel;
        }

        public Channel channel() {
            return channel;
        }
    }

    /** Who answers at a contact. */
    public enum ContactRole { DPO, PRIVACY, RIGHTS_REQUEST }

    /** The controller's representative in the Union (GDPR art. 27), where it has no EU establishment. */
    public record Representative(String name, List<String> address, String country, String email, String url,
                                 Localized note, Confidence confidence) {
        public Representative {
            address = address == null ? List.of() : List.copyOf(address);
        }
    }

    /** The lead supervisory authority (one-stop shop, art. 56), or the reason there is none. */
    public record LeadAuthority(String authority, Localized reason, Confidence confidence) {
        public Optional<String> authorityId() {
            return Optional.ofNullable(authority);
        }
    }

    /** The legal basis the platform claims for AI training, as of a policy date. */
    public record LegalBasis(Basis basis, LocalDate policyDate, Localized note, Confidence confidence) {
    }

    /** Legal bases a platform may claim for training. */
    public enum Basis { LEGITIMATE_INTEREST, CONSENT, LEGITIMATE_INTEREST_AND_CONSENT, UNCLEAR }

    /** In-app opt-out steps, per surface; either may be absent. */
    public record OptOut(Surface web, Surface mobile) {
    }

    /** The steps on one surface (web or mobile app). */
    public record Surface(String url, Steps steps, Confidence confidence) {
    }

    /** Ordered steps in each language (Dutch and German may be missing: English then). */
    public record Steps(List<String> fr, List<String> en, List<String> nl, List<String> de) {
        public Steps {
            fr = List.copyOf(fr);
            en = List.copyOf(en);
            nl = nl == null ? null : List.copyOf(nl);
            de = de == null ? null : List.copyOf(de);
        }

        public List<String> in(Language language) {
            List<String> own = switch (language) {
                case FR -> fr;
                case EN -> en;
                case NL -> nl;
                case DE -> de;
            };
            return own != null ? own : en;
        }
    }

    /** A platform form through which an objection can be made. */
    public record ObjectionForm(String url, Localized label, Localized fillIn, Confidence confidence) {
    }

    /** A way for a person without an account, whose data is on the platform, to object. */
    public record NonUserRoute(String url, String email, Localized label, Localized fillIn, Confidence confidence) {
    }

    /** What identifies a user's account at the platform. */
    public enum AccountIdentifier {
        EMAIL, PROFILE_URL, USERNAME, PHONE;

        /** What kind of identifier {@code value}, as a user wrote it in their profile's {@code accounts}, is. */
        public static AccountIdentifier of(String value) {
            if (value.matches("(?i)https?://\\S+")) {
                return PROFILE_URL;
            }
            if (value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                return EMAIL;
            }
            if (value.matches("\\+?[0-9][0-9 ().-]{5,}")) {
                return PHONE;
            }
            return USERNAME;
        }

        /** The name used in catalogue files and letter models: "profile_url". */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
