package org.optout.sending;

import org.optout.letter.LetterModel;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Platform.Contact;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.mail.Mailer;
import org.optout.mail.MessageBuilder;
import org.optout.mail.OutgoingMail;
import org.optout.mail.PreparedMail;
import org.optout.profile.Profile;
import org.optout.ui.Message;

/** What each channel needs before anything is sent: the email built from the letter, and a confirmed address. */
final class Channels {
    private final Catalogue catalogue;
    private final Supplier<Mailer> mailerFactory;
    private final Profile profile;
    private final boolean copyToSelf;
    private final boolean acceptUnconfirmed;
    private final Clock clock;
    private Mailer mailer;

    Channels(Catalogue catalogue, Supplier<Mailer> mailerFactory, Profile profile, boolean copyToSelf, Clock clock) {
        this(catalogue, mailerFactory, profile, copyToSelf, false, clock);
    }

    /** @param acceptUnconfirmed whether an e-mail address the catalogue marks unconfirmed may be used */
    Channels(Catalogue catalogue, Supplier<Mailer> mailerFactory, Profile profile, boolean copyToSelf,
             boolean acceptUnconfirmed, Clock clock) {
        this.acceptUnconfirmed = acceptUnconfirmed;
        this.clock = clock;
        this.catalogue = catalogue;
        this.mailerFactory = mailerFactory;
        this.profile = profile;
        this.copyToSelf = copyToSelf;
    }

    /**
     * The email of a letter: its text twin as body (subject line taken from its first line), the PDF attached, and a
     * copy to the EU representative whenever the letter names one.
     */
    OutgoingMail compose(RenderedLetter letter) {
        Platform platform = letter.platform();
        Contact contact = emailContact(platform).orElseThrow(() -> AppException.invalidData(
                Message.of("error.no_email", platform.id())));
        InternetAddress from = address(profile.email(), "profile field `email`");
        InternetAddress to = address(contact.email(), "catalogue " + platform.id() + " contacts");
        List<InternetAddress> cc = new ArrayList<>();
        LetterModel.Representative rep = letter.model().representative();
        if (rep != null && rep.email() != null && !rep.email().equalsIgnoreCase(contact.email())) {
            cc.add(address(rep.email(), "catalogue " + platform.id() + " eu_representative"));
        }
        if (rep != null && rep.email() != null && rep.email().equalsIgnoreCase(contact.email())) {
            // written to through its representative: the controller's own confirmed address is copied
            platform.contacts().stream().filter(c -> c.type() == Platform.ContactType.EMAIL
                            && !c.email().equalsIgnoreCase(contact.email()) && !c.confidence().toVerify())
                    .findFirst().ifPresent(c -> cc.add(address(c.email(), "catalogue " + platform.id()
                            + " contacts")));
        }
        if (copyToSelf) {
            cc.add(from);
        }
        OutgoingMail.Text text = OutgoingMail.Text.of(letter.text());
        return new OutgoingMail(from, to, cc, text.subject(), text.body(), letter.pdf(), letter.baseName() + ".pdf");
    }

    /** The exact message of {@link #compose}. */
    /** The address optout would email {@code platform} at, if the catalogue has one it may use. */
    java.util.Optional<Contact> emailContact(Platform platform) {
        return Recipients.email(catalogue, platform, acceptUnconfirmed);
    }

    PreparedMail prepare(OutgoingMail mail) {
        return MessageBuilder.build(mail, clock);
    }

    PreparedMail prepare(RenderedLetter letter) {
        return prepare(compose(letter));
    }

    /**
     * Refuses a channel whose only address the catalogue marks unconfirmed (a web form or a postal address; the
     * e-mail address is checked when the message is built), unless the user accepted it: the deadline runs only
     * from receipt on a channel the controller actually uses.
     */
    void requireConfirmed(RenderedLetter letter, Channel channel) {
        Platform platform = letter.platform();
        if (channel == Channel.POST && Recipients.postal(platform).isEmpty()
                && platform.controller().address().isEmpty()) {
            throw AppException.invalidData(Message.of("error.no_postal", platform.id()));
        }
        if (acceptUnconfirmed) {
            return;
        }
        Object unconfirmed = switch (channel) {
            case FORM -> Recipients.form(platform, letter.model().nonUser()).filter(Recipients.Form::toVerify)
                    .map(f -> (Object) Message.of("unconfirmed.form", f.url())).orElse(null);
            case POST -> Recipients.postal(platform).map(c -> c.confidence().toVerify())
                    .orElse(platform.controller().confidence().toVerify() || platform.controller().address().isEmpty())
                    ? Message.of("unconfirmed.postal") : null;
            default -> null;
        };
        if (unconfirmed != null) {
            throw AppException.invalidData(Message.of("error.unconfirmed", platform.id(), unconfirmed,
                    "optout guide " + platform.id()));
        }
    }

    Mailer.Connection connect() {
        return mailer().connect();
    }

    private Mailer mailer() {
        if (mailer == null) {
            mailer = mailerFactory.get();
        }
        return mailer;
    }

    /** Parses an email address from the catalogue or profile, naming where it came from when it is invalid. */
    static InternetAddress address(String value, String where) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw AppException.invalidData(Message.of("error.bad_address", where, value));
        }
    }
}
