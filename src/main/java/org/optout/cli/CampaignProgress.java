package org.optout.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.optout.campaign.Progress;
import org.optout.ui.Texts;

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
        return context.terminal() ? new Bar(task, err) : new Lines(err, context.texts(), task);
    }

    /** A progress bar, redrawn in place on the error stream by the library. */
    private static final class Bar implements Progress {
        private final String task;
        private final PrintWriter err;
        private ProgressBar bar;

        Bar(String task, PrintWriter err) {
            this.task = task;
            this.err = err;
        }

        @Override
        public void start(long members) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(members)
                    .setConsumer(new Redrawn(err)).build();
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
        private final Texts texts;
        private final String task;
        private final AtomicLong done = new AtomicLong();
        private long total;

        Lines(PrintWriter err, Texts texts, String task) {
            this.err = err;
            this.texts = texts;
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
                    err.println(texts.get("campaign.progress_line", task, Long.toString(now), Long.toString(total)));
                    err.flush();
                }
            }
        }

        @Override
        public void finish() {
            err.flush();
        }
    }

    /** Draws the bar over itself on a line of the error writer (picocli's), then ends the line when done. */
    private record Redrawn(PrintWriter err) implements ProgressBarConsumer {
        /** The width of a terminal that does not say. */
        private static final int WIDTH = 79;

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print('\r' + rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
