package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value made ahead on one thread goes to the first thread that asks, and to it only. */
class HandedOverTest {
    /** Makes numbered values, remembering which thread made each. */
    private static final class Maker {
        final AtomicInteger made = new AtomicInteger();
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        Integer make() {
            threads.add(Thread.currentThread().getName());
            return made.incrementAndGet();
        }
    }

    @Test
    void the_value_made_ahead_on_another_thread_goes_to_the_first_taker_and_later_takers_make_their_own()
            throws InterruptedException {
        Maker maker = new Maker();
        HandedOver<Integer> value = new HandedOver<>(maker::make);
        Thread ahead = new Thread(value::prefetch, "ahead");
        ahead.start();
        ahead.join();

        assertThat(value.take()).isEqualTo(1);
        assertThat(value.take()).isEqualTo(2);
        assertThat(maker.threads).containsExactly("ahead", Thread.currentThread().getName());
    }

    @Test
    void without_a_prefetch_the_first_taker_makes_it_and_a_late_prefetch_makes_nothing() {
        Maker maker = new Maker();
        HandedOver<Integer> value = new HandedOver<>(maker::make);

        assertThat(value.take()).isEqualTo(1);
        value.prefetch();
        assertThat(maker.made).hasValue(1);
    }

    @Test
    void a_taker_waits_for_a_prefetch_under_way_instead_of_making_a_second_value() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        HandedOver<Integer> value = new HandedOver<>(() -> {
            started.countDown();
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return made.incrementAndGet();
        });
        Thread ahead = new Thread(value::prefetch, "ahead");
        ahead.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread taker = Thread.currentThread();
        Thread releaser = new Thread(() -> {
            awaitBlocked(taker);
            release.countDown();
        });
        releaser.start();

        assertThat(value.take()).isEqualTo(1);
        assertThat(made).hasValue(1);
        ahead.join();
        releaser.join();
    }

    @Test
    void a_failure_made_ahead_is_thrown_to_the_first_taker() throws InterruptedException {
        UncheckedIOException failure = new UncheckedIOException("cannot read bundled font", new IOException("gone"));
        HandedOver<Integer> value = new HandedOver<>(() -> {
            throw failure;
        });
        Thread ahead = new Thread(value::prefetch, "ahead");
        ahead.start();
        ahead.join();

        assertThatThrownBy(value::take).isSameAs(failure);
    }

    /** Waits (at most 10 s) until {@code thread} is blocked, here: the taker waiting for the prefetch. */
    private static void awaitBlocked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING
                && thread.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
