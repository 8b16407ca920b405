package org.optout.pdf;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value that is not thread-safe, made ahead of time on one thread ({@link #prefetch()}) and handed over whole to
 * the first thread that asks for it ({@link #take()}); every later taker makes its own. So an expensive first
 * value can be made while the thread that needs it does other work, and is still used by one thread only.
 */
final class HandedOver<T> {
    private final Supplier<T> maker;
    private final FutureTask<T> first;
    private final AtomicBoolean taken = new AtomicBoolean();

    HandedOver(Supplier<T> maker) {
        this.maker = maker;
        this.first = new FutureTask<>(maker::get);
    }

    /** Makes the first value now, on the calling thread; does nothing if it is begun or taken already. */
    void prefetch() {
        if (!taken.get()) {
            first.run();
        }
    }

    /**
     * The first value to the first caller (made now if no prefetch began, else waited for), a new one to each
     * later caller. A failure to make the first value is thrown here, to the thread that needed it.
     */
    T take() {
        if (!taken.compareAndSet(false, true)) {
            return maker.get();
        }
        first.run();
        try {
            return first.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return maker.get();
        }
    }
}
