package org.optout.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optout.catalogue.Language;
import org.optout.files.PrivateFiles;
import org.optout.followup.CalendarExport;
import org.optout.schema.YamlDocuments;
import org.optout.tracker.RequestList;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code optout calendar}: the open deadlines as an iCalendar file. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Write an iCalendar file (RFC 5545) with one event per open deadline, end of a reminder's "
                + "grace period, setting re-check and complaint left without news, each with an alarm three days "
                + "before; prints the file written (or the calendar, without --out or --out-file).",
                "Import it again after a change: each event keeps its UID and its SEQUENCE grows, so calendar "
                        + "programs update it instead of adding a copy."})
final class ExportCalendarCommand implements Callable<Integer> {
    /** The file written in the {@code --out} folder. */
    static final String FILE_NAME = "optout-calendar.ics";

    @Spec
    CommandSpec spec;

    @Mixin
    TrackerOption tracker;

    @Mixin
    ProfileOption profile;

    @ArgGroup(exclusive = true)
    OutputFile target;

    @Mixin
    DocumentLanguage language;

    private final AppContext context;

    ExportCalendarCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Language lang = language.resolve(profile, context, new YamlDocuments());
        RequestList list = tracker.open(context).list();
        String ics = CalendarExport.ics(list.readable(), lang, Quoting.dbOption(tracker));
        Path file = OutputFile.resolve(target, context, FILE_NAME, null);
        if (file == null) {
            spec.commandLine().getOut().print(ics);
        } else {
            PrivateFiles.ensureWritableDirectory(file.toAbsolutePath().getParent(), OutputFile.option(target));
            PrivateFiles.write(file, ics.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println(file);
        }
        spec.commandLine().getOut().flush();
        return UnreadableRequests.report(list, spec.commandLine().getErr());
    }
}
