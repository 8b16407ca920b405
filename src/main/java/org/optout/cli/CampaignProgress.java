package org.optout.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.optout.campaign.Progress;

/** The progress of {@code campaign letters} and {@code send}: a progress bar on a terminal, else a line at every tenth. */
final class CampaignProgress {
    private CampaignProgress() {
    }

    static Progress of(AppContext context, PrintWriter err) {
        return of(context, err, "campaign.progress_task");
    }

    /** The same, for the task named by text {@code taskKey}. */
    static Progress of(AppContext context, PrintWriter err, String taskKey) {
        String task = context.texts().get(taskKey);
        return context.terminal() ? new Bar(task) : new Lines(err, task);
    }

    /** A progress bar on the terminal's error stream (the library redraws it in place). */
    private static final class Bar implements Progress {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        public void start(long members) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(members)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }

        @Override
        public void advance() {
            bar.step();
        }

        @Override
        public void finish() {
            bar.close();
        }
    }

    /** "letters: 30/300 members", at each tenth of the way and at the end. */
    private static final class Lines implements Progress {
        private final PrintWriter err;
        private final String task;
        private final AtomicLong done = new AtomicLong();
        private long total;

        Lines(PrintWriter err, String task) {
            this.err = err;
            this.task = task;
        }

        @Override
        public void start(long members) {
            total = members;
        }

        @Override
        public void advance() {
            long now = done.incrementAndGet();
            if (now == total || (total >= 10 && now % (total / 10) == 0)) {
                synchronized (err) {
                    err.println(task + ": " + now + "/" + total);
                    err.flush();
                }
            }
        }

        @Override
        public void finish() {
            err.flush();
        }
    }
}
