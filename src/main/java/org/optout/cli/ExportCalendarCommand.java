package org.optout.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optout.files.PrivateFiles;
import org.optout.followup.CalendarExport;
import org.optout.tracker.RequestList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout calendar}: the open deadlines as an iCalendar file. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Write an iCalendar file (RFC 5545) with one event per open deadline and setting re-check, "
                + "each with an alarm three days before; prints the file written (or the calendar, without --out).")
final class ExportCalendarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Option(names = "--out", paramLabel = "FILE", description = "The .ics file to write (default: stdout).")
    Path out;

    private final AppContext context;

    ExportCalendarCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RequestList list = tracker.open(context).list();
        String ics = CalendarExport.ics(list.readable(), context.clock().instant());
        if (out == null) {
            spec.commandLine().getOut().print(ics);
        } else {
            Path file = context.paths().resolve(out);
            PrivateFiles.ensureWritableDirectory(file.toAbsolutePath().getParent(), "--out");
            PrivateFiles.write(file, ics.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println(file);
        }
        spec.commandLine().getOut().flush();
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
