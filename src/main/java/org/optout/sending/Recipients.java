package org.optout.sending;

import java.util.Comparator;
import java.util.Optional;
import org.optout.catalogue.Localized;
import org.optout.catalogue.Platform;
import org.optout.catalogue.Platform.Contact;
import org.optout.catalogue.Platform.ContactRole;
import org.optout.catalogue.Platform.ContactType;

/** Picks, from the catalogue, where a letter goes on each channel: the DPO first, confirmed facts first. */
final class Recipients {
    private Recipients() {
    }

    static Optional<Contact> email(Platform platform) {
        return best(platform, ContactType.EMAIL);
    }

    /** The platform's objection form, else its DPO or privacy web form: {url, is it unconfirmed}. */
    static Optional<Form> form(Platform platform) {
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
