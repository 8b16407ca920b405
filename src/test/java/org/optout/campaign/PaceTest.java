package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --rate}: each message starts 60/N s after the one before, measured on an injected timer. */
class PaceTest {
    /** A timer whose time moves only when the pace sleeps, or when the test says. */
    private static final class FakeTimer implements Pace.Timer {
        long now = 1_000;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public long nanos() {
            return now;
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now += duration.toNanos();
        }
    }

    @Test
    void messages_start_one_interval_apart() {
        FakeTimer timer = new FakeTimer();
        Pace pace = new Pace(120, timer, () -> false);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            assertThat(pace.next()).isTrue();
            starts.add(timer.now);
            timer.now += Duration.ofMillis(100).toNanos(); // the message itself takes 0.1 s
        }
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isEqualTo(Duration.ofMillis(500).toNanos());
        }
        assertThat(timer.sleeps.stream().mapToLong(Duration::toMillis).sum()).isEqualTo(4 * 400);
    }

    @Test
    void no_rate_never_waits_and_a_slow_message_is_not_followed_by_a_wait() {
        FakeTimer timer = new FakeTimer();
        Pace none = new Pace(0, timer, () -> false);
        for (int i = 0; i < 3; i++) {
            assertThat(none.next()).isTrue();
        }
        Pace slow = new Pace(60, timer, () -> false);
        slow.next();
        timer.now += Duration.ofSeconds(2).toNanos();
        assertThat(slow.next()).isTrue();
        assertThat(timer.sleeps).isEmpty();
    }

    @Test
    void a_stop_cuts_the_wait_short() {
        FakeTimer timer = new FakeTimer();
        Pace pace = new Pace(1, timer, () -> timer.sleeps.size() >= 3);
        assertThat(pace.next()).isTrue();
        assertThat(pace.next()).isFalse();
        assertThat(timer.sleeps).hasSize(3).allMatch(d -> d.toMillis() <= 200);
    }

    @Test
    void a_stop_asked_before_the_first_message_starts_nothing() {
        assertThat(new Pace(0, new FakeTimer(), () -> true).next()).isFalse();
    }

    @Test
    void an_interrupted_wait_stops_and_keeps_the_interrupt() {
        FakeTimer timer = new FakeTimer();
        Pace pace = new Pace(1, new Pace.Timer() {
            @Override
            public long nanos() {
                return timer.now;
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                throw new InterruptedException("Ctrl-C");
            }
        }, () -> false);
        assertThat(pace.next()).isTrue();
        assertThat(pace.next()).isFalse();
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void the_rate_is_bounded() {
        assertThat(new Pace(Pace.MAX_PER_MINUTE, new FakeTimer(), () -> false).next()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pace(Pace.MAX_PER_MINUTE + 1, new FakeTimer(),
                () -> false)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pace(-1, new FakeTimer(), () -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
