package org.optout.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Platform;

/**
 * One line of {@code optout platforms}: what a user needs to pick a platform and a channel.
 *
 * @param channels the distinct contact channels, e.g. "email, form"
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
                .map(c -> c.type().channel().label()).distinct().toList();
        boolean unconfirmed = p.controller().confidence().toVerify()
                || p.contacts().stream().anyMatch(c -> c.confidence().toVerify())
                || p.leadAuthority().confidence().toVerify()
                || (p.euRepresentative() != null && p.euRepresentative().confidence().toVerify());
        return new PlatformSummary(p.id(), p.name(), p.controller().legalName(), p.controller().country(), channels,
                p.preferredChannel().label(),
                catalogue.leadAuthorityOf(p).map(a -> a.shortName()).orElse(null), p.lastVerified(), unconfirmed);
    }

    /**
     * The summaries as an aligned text table with a header line.
     *
     * @param headings the five columns' headings, in the interface language
     * @param unconfirmed the line under the table when a platform has facts to verify (marked *)
     */
    public static String table(List<PlatformSummary> rows, List<String> headings, String unconfirmed) {
        List<String[]> cells = new java.util.ArrayList<>();
        cells.add(headings.toArray(String[]::new));
        for (PlatformSummary r : rows) {
            cells.add(new String[] {r.id(), r.name(), r.controller() + " (" + r.country() + ")",
                    String.join(",", r.channels()), r.lastVerified() + (r.hasUnconfirmedFacts() ? " *" : "")});
        }
        int[] widths = new int[5];
        cells.forEach(row -> {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            for (int i = 0; i < row.length - 1; i++) {
                out.append(row[i]).append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            out.append(row[row.length - 1]).append('\n');
        }
        if (rows.stream().anyMatch(PlatformSummary::hasUnconfirmedFacts)) {
            out.append(unconfirmed).append('\n');
        }
        return out.toString();
    }
}
