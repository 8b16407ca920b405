package org.optout;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The machine's clock in its default time zone, as {@link Clock#systemDefaultZone()}, except that the zone is looked
 * up when first needed: reading the JDK's time-zone database costs about 10 ms of a cold start (sampled), which a
 * letter's warm-up thread pays meanwhile ({@link org.optout.pdf.PdfWarmUp}) and a run that never asks for a date
 * does not pay at all.
 */
final class SystemClock extends Clock {
    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId known = zone;
        if (known == null) {
            known = ZoneId.systemDefault();
            zone = known;
        }
        return known;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
