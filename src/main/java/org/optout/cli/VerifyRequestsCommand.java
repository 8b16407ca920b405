package org.optout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.tracker.ChainReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout requests verify}: shows whether the tracker and its evidence are as optout recorded them. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check that the tracker is as optout recorded it: every event against its hash and the one "
                + "before it, the chain's end against its head file, every evidence file against its SHA-256.",
            "Prints what it checked and every problem found, one line each; exit code 4 if there is any."})
final class VerifyRequestsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @picocli.CommandLine.Option(names = "--json", description = "As a JSON object: requests, events, documents "
            + "(how many were checked), intact, problems, warnings; the keys are stable. The exit code is the same.")
    boolean json;

    /** {@code requests verify --json}. */
    record Json(long requests, long events, long documents, boolean intact, List<String> problems,
                List<String> warnings) {
    }

    private final AppContext context;

    VerifyRequestsCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ChainReport report = tracker.verify(context);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.of(new Json(report.requests(), report.events(), report.documents(), report.intact(),
                    report.breaks(), report.warnings())));
            out.flush();
            if (!report.intact()) {
                throw new AppException(report.breaks().size() + " problem(s) found: the tracker or its evidence was "
                        + "changed outside optout", ExitCode.DELIVERY);
            }
            return 0;
        }
        out.println("checked " + report.requests() + " requests, " + report.events() + " events, "
                + report.documents() + " evidence files");
        report.warnings().forEach(w -> spec.commandLine().getErr().println("optout: warning: " + w));
        report.breaks().forEach(out::println);
        out.flush();
        if (!report.intact()) {
            throw new AppException(report.breaks().size() + " problem(s) found: the tracker or its evidence was "
                    + "changed outside optout", ExitCode.DELIVERY);
        }
        out.println("intact: every event matches its hash and the chain, every evidence file its SHA-256");
        return 0;
    }
}
