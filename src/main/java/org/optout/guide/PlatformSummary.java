package org.optout.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Platform;

/**
 * One line of {@code optout platforms}: what a user needs to pick a platform and a channel.
 *
 * @param channels the distinct contact channels, e.g. "email, web_form"
 */
public record PlatformSummary(String id, String name, String controller, String country, List<String> channels,
                              String preferredChannel, String leadAuthority, LocalDate lastVerified,
                              boolean hasUnconfirmedFacts) {

    public PlatformSummary {
        channels = List.copyOf(channels);
    }

    /** Summaries of every platform in the catalogue, sorted by id. */
    public static List<PlatformSummary> of(Catalogue catalogue) {
        return catalogue.platforms().stream().map(p -> of(catalogue, p)).toList();
    }

    private static PlatformSummary of(Catalogue catalogue, Platform p) {
        List<String> channels = p.contacts().stream()
                .map(c -> c.type().name().toLowerCase(Locale.ROOT)).distinct().toList();
        boolean unconfirmed = p.controller().confidence().toVerify()
                || p.contacts().stream().anyMatch(c -> c.confidence().toVerify())
                || p.leadAuthority().confidence().toVerify()
                || (p.euRepresentative() != null && p.euRepresentative().confidence().toVerify());
        return new PlatformSummary(p.id(), p.name(), p.controller().legalName(), p.controller().country(), channels,
                p.preferredChannel().name().toLowerCase(Locale.ROOT),
                catalogue.leadAuthorityOf(p).map(a -> a.shortName()).orElse(null), p.lastVerified(), unconfirmed);
    }

    /** The summaries as an aligned text table with a header line. */
    public static String table(List<PlatformSummary> rows) {
        String format = "%-10s  %-12s  %-40s  %-24s  %s%n";
        StringBuilder out = new StringBuilder(String.format(format, "ID", "NAME", "CONTROLLER", "CHANNELS", "VERIFIED"));
        for (PlatformSummary r : rows) {
            out.append(String.format(format, r.id(), r.name(), r.controller() + " (" + r.country() + ")",
                    String.join(",", r.channels()), r.lastVerified() + (r.hasUnconfirmedFacts() ? " *" : "")));
        }
        if (rows.stream().anyMatch(PlatformSummary::hasUnconfirmedFacts)) {
            out.append("* some contact facts are to be verified: see 'optout guide ID'\n");
        }
        return out.toString();
    }
}
