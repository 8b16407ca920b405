package org.optout.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the campaign report shows: the campaign's figures on the day of the report. The campaign command builds it
 * from the tracker; {@link ReportWriter} turns it into the page.
 *
 * @param campaign the campaign's name
 * @param association the name of the association that runs it
 * @param date the day the figures were taken
 * @param mandatesSigned the members whose mandate is signed
 * @param platforms one entry per platform of the campaign, in the order the page lists them (names unique)
 * @param statusOverTime the counts per status at the end of each day, in increasing order of day (days unique)
 */
public record CampaignReport(String campaign, String association, LocalDate date, int mandatesSigned,
        List<PlatformFigures> platforms, List<DayCounts> statusOverTime) {
    public CampaignReport {
        Counts.requireText("campaign", campaign);
        Counts.requireText("association", association);
        Objects.requireNonNull(date, "date");
        Counts.requireNotNegative("mandates signed", mandatesSigned);
        platforms = List.copyOf(platforms);
        statusOverTime = List.copyOf(statusOverTime);
        Set<String> names = new HashSet<>();
        for (PlatformFigures p : platforms) {
            if (!names.add(p.platform())) {
                throw new IllegalArgumentException("platform " + p.platform() + " is listed twice");
            }
        }
        for (int i = 1; i < statusOverTime.size(); i++) {
            if (!statusOverTime.get(i - 1).day().isBefore(statusOverTime.get(i).day())) {
                throw new IllegalArgumentException("status over time: " + statusOverTime.get(i).day()
                        + " does not follow " + statusOverTime.get(i - 1).day());
            }
        }
    }
}
