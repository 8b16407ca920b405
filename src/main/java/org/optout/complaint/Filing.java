package org.optout.complaint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Authority.Acceptance;
import org.optout.catalogue.Authority.ComplaintChannel;
import org.optout.catalogue.Language;

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
    static List<String> steps(Authority authority, Path pdf, Path form, List<String> uploads, String recordCommand,
                              String dossierCommand) {
        List<String> lines = new ArrayList<>();
        lines.add("How to file it with " + authority.shortName() + ":");
        if (authority.requirements().signed() || authority.requirements().dated()) {
            lines.add("- " + authority.shortName() + " requires the complaint to be "
                    + (authority.requirements().signed() ? "dated and signed" : "dated") + ": sign the PDF (--sign-p12"
                    + " FILE) or print it, sign it by hand and scan it.");
        }
        lines.add("- Files to " + (hasOnline(authority) ? "upload" : "enclose") + ": " + String.join(", ", uploads)
                + " (all of them, with an index and their SHA-256 hashes, are written by: " + dossierCommand + ").");
        int option = 0;
        for (Acceptance acceptance : List.of(Acceptance.YES, Acceptance.UNKNOWN)) {
            for (ComplaintChannel channel : authority.complaintChannels()) {
                if (channel.accepted() == acceptance) {
                    lines.add("- Option " + ++option + ": " + describe(authority, channel, pdf, form)
                            + (acceptance == Acceptance.UNKNOWN ? " (not confirmed as a way to lodge a complaint)"
                            : channel.confidence().toVerify() ? " (to be verified)" : ""));
                }
            }
        }
        if (authority.requirements().note() != null) {
            lines.add("- " + authority.requirements().note().in(Language.EN));
        }
        lines.add("- Once filed, record it with the authority's reference: " + recordCommand);
        return lines;
    }

    private static boolean hasOnline(Authority authority) {
        return authority.complaintChannels().stream().anyMatch(c -> c.accepted() == Acceptance.YES
                && (c.type() == Authority.ChannelType.WEB_FORM || c.type() == Authority.ChannelType.UPLOAD));
    }

    private static String describe(Authority authority, ComplaintChannel channel, Path pdf, Path form) {
        String accepts = channel.accepts().isEmpty() ? "" : "; it takes " + String.join(", ", channel.accepts())
                + (channel.maxUploadMb() == null ? "" : " files up to " + trim(channel.maxUploadMb()) + " MB");
        return switch (channel.type()) {
            case WEB_FORM -> "fill in the online form at " + url(authority, channel)
                    + (form != null ? ", field by field from " + form : ", copying the facts from " + pdf)
                    + ", and upload the files" + accepts;
            case UPLOAD -> "upload the complaint and the files at " + url(authority, channel) + accepts;
            case EMAIL -> "e-mail the complaint and the files to "
                    + (channel.email() != null ? channel.email() : authority.email()) + accepts;
            case POST -> "send the printed complaint and the files by registered post to "
                    + authority.name().in(Language.EN) + ", " + String.join(", ", authority.address());
        };
    }

    private static String url(Authority authority, ComplaintChannel channel) {
        if (channel.url() != null) {
            return channel.url();
        }
        if (authority.form() != null) {
            return authority.form().url();
        }
        return authority.website() != null ? authority.website() : "the authority's website";
    }

    private static String trim(double megabytes) {
        return megabytes == Math.rint(megabytes) ? Long.toString((long) megabytes) : Double.toString(megabytes);
    }
}
