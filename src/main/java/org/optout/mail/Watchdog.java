package org.optout.mail;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.optout.ui.Message;

/**
 * Bounds a whole SMTP exchange: when its limit passes, cuts the connection. Read timeouts alone do not bound it,
 * since a server may send a continuation line ("250-…") every few seconds for ever.
 */
final class Watchdog implements AutoCloseable {
    private final ScheduledExecutorService timer;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final Duration limit;

    private Watchdog(Duration limit, Runnable cut) {
        this.limit = limit;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "smtp-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.schedule(() -> {
            fired.set(true);
            cut.run();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code cut} once {@code limit} has passed, unless closed before. */
    static Watchdog start(Duration limit, Runnable cut) {
        return new Watchdog(limit, cut);
    }

    /** Whether the limit passed and the connection was cut. */
    boolean fired() {
        return fired.get();
    }

    /** Why the exchange ended, when it was cut: for messages. */
    Message reason() {
        return Message.of("mail.timeout", limit.toSeconds());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
