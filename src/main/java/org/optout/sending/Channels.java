package org.optout.sending;

import java.util.Set;
import java.util.stream.Collectors;
import org.optout.letter.LetterModel;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.optout.AppException;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.catalogue.Platform.Contact;
import org.optout.guide.GuideText;
import org.optout.letter.LetterComposer;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.mail.Mailer;
import org.optout.mail.MessageBuilder;
import org.optout.mail.OutgoingMail;
import org.optout.mail.PreparedMail;
import org.optout.profile.Profile;
import org.optout.tracker.RequestChannel;

/** What each channel needs: the email built from the letter, or the steps to file it by hand. */
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
    PreparedMail prepare(RenderedLetter letter) {
        Platform platform = letter.platform();
        Set<String> eea = catalogue.authorities().stream().map(a -> a.country()).collect(Collectors.toSet());
        Contact contact = Recipients.email(platform, eea, acceptUnconfirmed).orElseThrow(() -> AppException.invalidData(
                platform.id() + ": the catalogue has no email address for this platform; use --via form, post or "
                + "setting"));
        InternetAddress from = SendService.address(profile.email(), "profile field `email`");
        InternetAddress to = SendService.address(contact.email(), "catalogue " + platform.id() + " contacts");
        List<InternetAddress> cc = new ArrayList<>();
        LetterModel.Representative rep = letter.model().representative();
        if (rep != null && rep.email() != null && !rep.email().equalsIgnoreCase(contact.email())) {
            cc.add(SendService.address(rep.email(), "catalogue " + platform.id() + " eu_representative"));
        }
        if (rep != null && rep.email() != null && rep.email().equalsIgnoreCase(contact.email())) {
            // written to through its representative: the controller's own confirmed address is copied
            platform.contacts().stream().filter(c -> c.type() == Platform.ContactType.EMAIL
                            && !c.email().equalsIgnoreCase(contact.email()) && !c.confidence().toVerify())
                    .findFirst().ifPresent(c -> cc.add(SendService.address(c.email(), "catalogue " + platform.id()
                            + " contacts")));
        }
        if (copyToSelf) {
            cc.add(from);
        }
        String[] parts = letter.text().split("\\R", 2);
        String subject = parts[0].replaceFirst("^[^:]{1,20}?\\s*:\\s*", "").strip();
        String body = parts.length > 1 ? parts[1].stripLeading() : "";
        return MessageBuilder.build(new OutgoingMail(from, to, cc, subject, body,
                letter.pdf(), letter.baseName() + ".pdf"), clock);
    }

    /**
     * Refuses a channel whose only address the catalogue marks unconfirmed (a web form or a postal address; the
     * e-mail address is checked when the message is built), unless the user accepted it: the deadline runs only
     * from receipt on a channel the controller actually uses.
     */
    void requireConfirmed(RenderedLetter letter, RequestChannel channel) {
        Platform platform = letter.platform();
        if (channel == RequestChannel.POST && Recipients.postal(platform).isEmpty()
                && platform.controller().address().isEmpty()) {
            throw AppException.invalidData(platform.id() + ": no postal address of the controller is published; "
                    + "use --via email or form");
        }
        if (acceptUnconfirmed) {
            return;
        }
        String unconfirmed = switch (channel) {
            case WEB_FORM -> Recipients.form(platform, letter.model().nonUser()).filter(Recipients.Form::toVerify)
                    .map(f -> "web form, " + f.url()).orElse(null);
            case POST -> Recipients.postal(platform).map(c -> c.confidence().toVerify())
                    .orElse(platform.controller().confidence().toVerify() || platform.controller().address().isEmpty())
                    ? "postal address" : null;
            default -> null;
        };
        if (unconfirmed != null) {
            throw AppException.invalidData(platform.id() + ": the only " + unconfirmed + " the catalogue has is not "
                    + "confirmed by the controller's own pages, and the deadline runs only from receipt on a channel "
                    + "the controller uses: check it ('optout guide " + platform.id() + "'), then send with "
                    + "--accept-unconfirmed, or use another --via");
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

    /** The steps to file a letter by web form, post or in-app setting, and the command that records it. */
    List<String> instructions(RenderedLetter letter, RequestChannel channel, Path pdf, String id) {
        Platform platform = letter.platform();
        List<String> lines = new ArrayList<>();
        String head = id + " " + platform.id() + ": ";
        switch (channel) {
            case WEB_FORM -> {
                Recipients.Form form = Recipients.form(platform, letter.model().nonUser()).orElseThrow(() -> AppException.invalidData(
                        platform.id() + ": the catalogue has no web form for this platform; use --via email or post"));
                lines.add(head + "open " + form.url() + (form.toVerify() ? " (to be verified)" : "")
                        + " and paste the text below" + (form.fillIn() == null ? "" : " ("
                        + form.fillIn().in(letter.language()) + ")") + "; attach " + pdf + " if the form accepts files.");
                lines.add("Then record it: optout requests sent " + id + " --ref CASE-NUMBER [--on YYYY-MM-DD]");
                lines.add("----- text to paste -----");
                lines.add(letter.text().strip());
                lines.add("-------------------------");
            }
            case POST -> {
                lines.add(head + "print and sign " + pdf + ", and send it by registered post with acknowledgement "
                        + "of receipt to:");
                LetterModel.Recipient to = letter.model().recipient();
                to.lines().forEach(line -> lines.add("    " + line));
                if (to.attention() != null) {
                    lines.add("    " + to.attention());
                }
                lines.add("    " + to.country() + (Recipients.postal(platform).map(c -> c.confidence().toVerify())
                        .orElse(platform.controller().confidence().toVerify()) ? "   (address to be verified)" : ""));
                LetterModel.Representative rep = letter.model().representative();
                if (rep != null && !rep.lines().isEmpty()) {
                    lines.add("  and a copy to the EU representative:");
                    lines.add("    " + rep.name());
                    rep.lines().forEach(line -> lines.add("    " + line));
                    if (rep.country() != null) {
                        lines.add("    " + rep.country());
                    }
                }
                lines.add("Then record it: optout requests sent " + id + " --by post --ref TRACKING-NUMBER "
                        + "[--on YYYY-MM-DD]; when the receipt comes back: optout requests received " + id
                        + " --on YYYY-MM-DD");
            }
            case IN_APP_SETTING -> {
                lines.add(head + "switch the setting off as below, then record it: optout requests done " + id);
                lines.add(GuideText.format(platform, catalogue.leadAuthorityOf(platform), letter.language()).strip());
            }
            case EMAIL -> throw new IllegalArgumentException("email is sent, not explained");
        }
        return lines;
    }
}
