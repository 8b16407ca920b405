package org.optout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.followup.InertText;
import org.optout.tracker.ChainReport;
import org.optout.ui.Message;
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
                    lines(report.breaks()), lines(report.warnings()))));
            out.flush();
            if (!report.intact()) {
                throw new AppException(Message.of("verify.broken", report.breaks().size()), ExitCode.DELIVERY);
            }
            return 0;
        }
        out.println(context.texts().get("verify.checked", report.requests(), report.events(), report.documents()));
        // a file name comes from outside (and a tracker may be edited by hand): printed inert
        lines(report.warnings()).forEach(w -> spec.commandLine().getErr().println(context.texts().get("warning.line",
                InertText.of(w))));
        lines(report.breaks()).forEach(b -> out.println(InertText.of(b)));
        out.flush();
        if (!report.intact()) {
            throw new AppException(Message.of("verify.broken", report.breaks().size()), ExitCode.DELIVERY);
        }
        out.println(context.texts().get("verify.intact"));
        return 0;
    }

    /** The findings in the interface language, as the text output prints them. */
    private List<String> lines(List<Message> findings) {
        return findings.stream().map(context.texts()::get).toList();
    }
}
