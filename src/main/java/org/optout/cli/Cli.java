package org.optout.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optout.ExitCode;
import org.optout.tracker.EventType;
import picocli.CommandLine;

/** Builds the {@code optout} command line: commands, factory, error handling and the exit-code list. */
public final class Cli {
    /** The {@code requests} subcommands that record one kind of event, by name. */
    private static final Map<String, EventType> EVENTS = new LinkedHashMap<>();

    static {
        EVENTS.put("received", EventType.RECEIVED);
        EVENTS.put("acknowledged", EventType.ACKNOWLEDGED);
        EVENTS.put("extended", EventType.EXTENSION_NOTIFIED);
        EVENTS.put("identity-requested", EventType.IDENTITY_REQUESTED);
        EVENTS.put("identity-provided", EventType.IDENTITY_PROVIDED);
        EVENTS.put("answered", EventType.ANSWERED);
        EVENTS.put("refused", EventType.REFUSED);
        EVENTS.put("reminded", EventType.REMINDER_SENT);
        EVENTS.put("done", EventType.SETTING_DONE);
        EVENTS.put("closed", EventType.CLOSED);
    }

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
        EVENTS.forEach((name, type) -> requests.addSubcommand(name,
                new CommandLine(new RecordEventCommand(context, type), factory)
                        .setOut(out).setErr(err).setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors)));
        requests.getSubcommands().get("received").getCommandSpec().usageMessage()
                .description("Record the date the controller received a request sent by post (the receipt).");
        return commandLine;
    }
}
