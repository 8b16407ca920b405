package org.optout.complaint;

import org.optout.ui.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Authority.Acceptance;
import org.optout.catalogue.Authority.ComplaintChannel;

/**
 * How to file a complaint with an authority, step by step, from its catalogue entry: the channels it accepts (those
 * it is not known to accept are said to be unconfirmed), what to upload or enclose, its formal requirements, and how
 * to record the filing.
 */
final class Filing {
    private Filing() {
    }

    /**
     * The steps, one line each.
     *
     * @param pdf the complaint's PDF
     * @param form the field-by-field text for the authority's online form, or null
     * @param uploads the files to upload or enclose, the complaint first
     * @param recordCommand the command that records the filing
     * @param dossierCommand the command that writes every file to upload
     */
    static List<Message> steps(Authority authority, Path pdf, Path form, List<String> uploads, String recordCommand,
                               String dossierCommand) {
        List<Message> lines = new ArrayList<>();
        String name = authority.shortName();
        lines.add(Message.of("filing.head", name));
        if (authority.requirements().signed() || authority.requirements().dated()) {
            lines.add(Message.of(authority.requirements().signed() ? "filing.signed" : "filing.dated", name));
        }
        lines.add(Message.of(hasOnline(authority) ? "filing.upload" : "filing.enclose", String.join(", ", uploads),
                dossierCommand));
        channels(authority, pdf, form, lines);
        lines.add(Message.of("filing.record", recordCommand));
        return lines;
    }

    /**
     * The steps for a collective complaint, whose dossier is already written: the files are those of {@code folder}
     * (or its zip); a complaint to sign is printed, signed by hand and scanned.
     *
     * @param unsigned whether the complaint carries no signature image
     */
    static List<Message> collective(Authority authority, Path pdf, Path folder, Path zip, boolean unsigned) {
        List<Message> lines = new ArrayList<>();
        String name = authority.shortName();
        lines.add(Message.of("filing.head", name));
        if (unsigned && (authority.requirements().signed() || authority.requirements().dated())) {
            lines.add(Message.of("filing.collective_sign", name));
        }
        lines.add(Message.of(hasOnline(authority) ? "filing.collective_upload" : "filing.collective_enclose", folder,
                zip));
        channels(authority, pdf, null, lines);
        return lines;
    }

    /** One line per channel the authority takes complaints through, the confirmed ones first, then its note. */
    private static void channels(Authority authority, Path pdf, Path form, List<Message> lines) {
        int option = 0;
        for (Acceptance acceptance : List.of(Acceptance.YES, Acceptance.UNKNOWN)) {
            for (ComplaintChannel channel : authority.complaintChannels()) {
                if (channel.accepted() == acceptance) {
                    lines.add(Message.of("filing.option", ++option, describe(authority, channel, pdf, form),
                            acceptance == Acceptance.UNKNOWN ? Message.of("filing.not_confirmed")
                                    : channel.confidence().toVerify() ? Message.of("send.step.to_verify") : ""));
                }
            }
        }
        if (authority.requirements().note() != null) {
            // in the interface language, which Texts picks
            lines.add(Message.of("filing.note", authority.requirements().note()));
        }
    }

    private static boolean hasOnline(Authority authority) {
        return authority.complaintChannels().stream().anyMatch(c -> c.accepted() == Acceptance.YES
                && (c.type() == Authority.ChannelType.WEB_FORM || c.type() == Authority.ChannelType.UPLOAD));
    }

    private static Message describe(Authority authority, ComplaintChannel channel, Path pdf, Path form) {
        Object accepts = channel.accepts().isEmpty() ? "" : Message.of("filing.accepts",
                String.join(", ", channel.accepts()), channel.maxUploadMb() == null ? ""
                        : Message.of("filing.max_size", trim(channel.maxUploadMb())));
        return switch (channel.type()) {
            case WEB_FORM -> Message.of("filing.web_form", url(authority, channel), form != null
                    ? Message.of("filing.from_form", form) : Message.of("filing.from_pdf", pdf), accepts);
            case UPLOAD -> Message.of("filing.upload_at", url(authority, channel), accepts);
            case EMAIL -> Message.of("filing.email", channel.email() != null ? channel.email() : authority.email(),
                    accepts);
            case POST -> Message.of("filing.post", authority.name(), String.join(", ", authority.address()));
        };
    }

    private static Object url(Authority authority, ComplaintChannel channel) {
        if (channel.url() != null) {
            return channel.url();
        }
        if (authority.form() != null) {
            return authority.form().url();
        }
        return authority.website() != null ? authority.website() : Message.of("filing.website");
    }

    private static String trim(double megabytes) {
        return megabytes == Math.rint(megabytes) ? Long.toString((long) megabytes) : Double.toString(megabytes);
    }
}
