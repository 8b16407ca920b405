package org.optout.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optout.ExitCode;
import org.optout.tracker.EventType;
import picocli.CommandLine;

/** Builds the {@code optout} command line: commands, factory, error handling and the exit-code list. */
public final class Cli {
    /** A {@code requests} subcommand that records one kind of event. */
    private record EventCommand(String name, EventType type, String description) {
    }

    private static final List<EventCommand> EVENTS = List.of(
            new EventCommand("received", EventType.RECEIVED,
                    "Record the date the controller received a request sent by post (the receipt)."),
            new EventCommand("acknowledged", EventType.ACKNOWLEDGED, "Record an acknowledgement of receipt."),
            new EventCommand("extended", EventType.EXTENSION_NOTIFIED, "Record that the controller extended the "
                    + "deadline (art. 12(3)); it counts only if notified within the first month."),
            new EventCommand("identity-requested", EventType.IDENTITY_REQUESTED,
                    "Record a request for proof of identity (art. 12(6)): the clock stops."),
            new EventCommand("identity-provided", EventType.IDENTITY_PROVIDED,
                    "Record that you provided it: the clock runs again."),
            new EventCommand("answered", EventType.ANSWERED, "Record the controller's answer (attach it)."),
            new EventCommand("refused", EventType.REFUSED, "Record a refusal (attach it)."),
            new EventCommand("reminded", EventType.REMINDER_SENT, "Record a reminder you sent yourself."),
            new EventCommand("done", EventType.SETTING_DONE,
                    "Record that you switched the in-app setting off; a re-check is due six months later."),
            new EventCommand("closed", EventType.CLOSED, "Close a request: optout stops following it."));

    private Cli() {
    }

    /** A ready-to-run command line writing results to {@code out} and diagnostics to {@code err}. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        CommandFactory factory = new CommandFactory(context);
        CommandLine commandLine = new CommandLine(OptoutCommand.class, factory)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(Integer.toString(code.code()), code.meaning());
        }
        commandLine.getCommandSpec().usageMessage().exitCodeList(codes);
        CommandLine requests = commandLine.getSubcommands().get("requests");
        for (EventCommand event : EVENTS) {
            CommandLine sub = new CommandLine(new RecordEventCommand(context, event.type()), factory)
                    .setOut(out).setErr(err).setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
            sub.getCommandSpec().usageMessage().description(event.description());
            requests.addSubcommand(event.name(), sub);
        }
        return commandLine;
    }
}
