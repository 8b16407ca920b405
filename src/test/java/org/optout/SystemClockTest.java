package org.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SystemClockTest {
    @Test
    void tells_the_machines_time_in_its_default_zone() {
        SystemClock clock = new SystemClock();
        Instant before = Instant.now();
        Instant now = clock.instant();
        long millis = clock.millis();
        Instant after = Instant.now();

        assertThat(now).isBetween(before, after);
        assertThat(Instant.ofEpochMilli(millis)).isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(clock.getZone()).isSameAs(clock.getZone());
    }

    @Test
    void another_zone_gives_a_clock_of_the_same_time_in_that_zone() {
        var utc = new SystemClock().withZone(ZoneOffset.UTC);
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(utc.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
