package org.optout.campaign;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Paces {@code campaign send} to at most N messages a minute: each message starts no sooner than 60/N seconds after
 * the one before. The wait is cut short when a stop is requested (Ctrl-C).
 */
public final class Pace {
    /** The fastest rate {@code --rate} accepts, in messages a minute (one every 10 ms). */
    public static final int MAX_PER_MINUTE = 6000;

    /** Time as the pace sees it: a monotonic reading and a way to wait. */
    public interface Timer {
        /** A monotonic time, in nanoseconds (only differences mean anything). */
        long nanos();

        void sleep(Duration duration) throws InterruptedException;

        /** The machine's own: {@link System#nanoTime()} and {@link Thread#sleep}. */
        Timer SYSTEM = new Timer() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }

    /** The longest single sleep, so that a stop is seen within it. */
    private static final Duration STEP = Duration.ofMillis(200);

    private final long intervalNanos;
    private final Timer timer;
    private final BooleanSupplier stop;
    private long lastStart;
    private boolean started;

    /** @param perMinute the rate, 1 to {@link #MAX_PER_MINUTE}, or 0 for no pacing */
    public Pace(int perMinute, Timer timer, BooleanSupplier stop) {
        if (perMinute < 0 || perMinute > MAX_PER_MINUTE) {
            throw new IllegalArgumentException("rate " + perMinute + " is not between 1 and " + MAX_PER_MINUTE);
        }
        this.intervalNanos = perMinute == 0 ? 0 : Duration.ofMinutes(1).toNanos() / perMinute;
        this.timer = timer;
        this.stop = stop;
    }

    /**
     * Waits until the next message may start, and counts it as started.
     *
     * @return false when a stop was requested meanwhile (nothing is counted)
     */
    public boolean next() {
        if (started && intervalNanos > 0) {
            long due = lastStart + intervalNanos;
            for (long left = due - timer.nanos(); left > 0; left = due - timer.nanos()) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                try {
                    timer.sleep(Duration.ofNanos(Math.min(left, STEP.toNanos())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        if (stop.getAsBoolean()) {
            return false;
        }
        lastStart = timer.nanos();
        started = true;
        return true;
    }
}
