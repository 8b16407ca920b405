package org.optout.sending;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Localized;
import org.optout.catalogue.Platform.Contact;
import org.optout.catalogue.Platform.ContactRole;
import org.optout.catalogue.Platform.ContactType;
import org.optout.catalogue.Platform;
import org.optout.ui.Message;

/** Picks, from the catalogue, where a letter goes on each channel: the DPO first, confirmed facts first. */
public final class Recipients {
    private Recipients() {
    }

    /**
     * The e-mail contact a letter to {@code platform} goes to (see {@link #email(Platform, Set, boolean)}), the
     * EEA being the countries whose authorities {@code catalogue} holds.
     */
    public static Optional<Contact> email(Catalogue catalogue, Platform platform, boolean acceptUnconfirmed) {
        Set<String> eea = catalogue.authorities().stream().map(a -> a.country()).collect(Collectors.toSet());
        return email(platform, eea, acceptUnconfirmed);
    }

    /**
     * The e-mail contact a letter goes to: a controller outside the EEA is written to through its EU
     * representative (art. 27) when the catalogue gives the representative's address as a contact; else the DPO
     * first, confirmed contacts first. An unconfirmed address is used only when {@code acceptUnconfirmed}.
     *
     * @param eea the countries of the EEA (those whose authorities the catalogue holds)
     */
    static Optional<Contact> email(Platform platform, Set<String> eea, boolean acceptUnconfirmed) {
        Platform.Representative rep = platform.euRepresentative();
        if (!eea.contains(platform.controller().country()) && rep != null && rep.email() != null) {
            Optional<Contact> viaRepresentative = platform.contacts().stream()
                    .filter(c -> c.type() == ContactType.EMAIL && rep.email().equalsIgnoreCase(c.email()))
                    .findFirst();
            if (viaRepresentative.isPresent()) {
                return confirmedOrAccepted(platform, viaRepresentative.get(), acceptUnconfirmed);
            }
        }
        return best(platform, ContactType.EMAIL).flatMap(c -> confirmedOrAccepted(platform, c, acceptUnconfirmed));
    }

    private static Optional<Contact> confirmedOrAccepted(Platform platform, Contact contact, boolean accept) {
        if (contact.confidence().toVerify() && !accept) {
            throw AppException.invalidData(Message.of("error.unconfirmed_email", platform.id(), contact.email(),
                    "optout guide " + platform.id()));
        }
        return Optional.of(contact);
    }

    /**
     * The platform's objection form, else its DPO or privacy web form; for a person without an account, the
     * platform's route for non-users first.
     */
    static Optional<Form> form(Platform platform, boolean nonUser) {
        if (nonUser) {
            Optional<Form> route = platform.nonUser().stream().filter(r -> r.url() != null)
                    .sorted(Comparator.comparing(r -> r.confidence().toVerify()))
                    .map(r -> new Form(r.url(), r.fillIn(), r.confidence().toVerify())).findFirst();
            if (route.isPresent()) {
                return route;
            }
        }
        Optional<Form> objection = platform.objectionForms().stream()
                .sorted(Comparator.comparing(f -> f.confidence().toVerify()))
                .map(f -> new Form(f.url(), f.fillIn(), f.confidence().toVerify()))
                .findFirst();
        return objection.or(() -> best(platform, ContactType.WEB_FORM)
                .map(c -> new Form(c.url(), null, c.confidence().toVerify())));
    }

    static Optional<Contact> postal(Platform platform) {
        return best(platform, ContactType.POSTAL);
    }

    /** A web form to paste the letter into, and what to choose in it. */
    record Form(String url, Localized fillIn, boolean toVerify) {
    }

    private static Optional<Contact> best(Platform platform, ContactType type) {
        return platform.contacts().stream()
                .filter(c -> c.type() == type)
                .min(Comparator.comparing((Contact c) -> c.confidence().toVerify())
                        .thenComparing(c -> c.role() == ContactRole.DPO ? 0 : c.role() == ContactRole.PRIVACY ? 1 : 2));
    }
}
