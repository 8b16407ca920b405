package org.optout.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a long run: the JVM starts shutting down, and this hook asks the run to stop
 * after the message in flight, then holds the shutdown until the run has printed its summary (at most
 * {@link #GRACE}: the longest SMTP exchange, twice its 30 s timeout, and a margin). The exit status is then the
 * signal's (130 for SIGINT, 143 for SIGTERM).
 */
final class StopSignal implements AutoCloseable {
    private static final long GRACE = 75;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopAndWait, "optout-stop");

    private StopSignal() {
    }

    /** Listens for a stop until {@link #close()}. */
    static StopSignal install() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Whether a stop was asked for. */
    boolean requested() {
        return requested.get();
    }

    private void stopAndWait() {
        requested.set(true);
        try {
            finished.await(GRACE, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run is over (its summary printed): a shutdown under way may go on, and the hook is removed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already shutting down (the signal came): the hook has run or is running, nothing to remove
        }
    }
}
