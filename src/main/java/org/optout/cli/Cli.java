package org.optout.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optout.ExitCode;
import picocli.CommandLine;

/** Builds the {@code optout} command line: commands, factory, error handling and the exit-code list. */
public final class Cli {
    private Cli() {
    }

    /** A ready-to-run command line writing results to {@code out} and diagnostics to {@code err}. */
    public static CommandLine create(AppContext context, PrintWriter out, PrintWriter err) {
        ErrorHandler errors = new ErrorHandler();
        CommandLine commandLine = new CommandLine(OptoutCommand.class, new CommandFactory(context))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(Integer.toString(code.code()), code.meaning());
        }
        commandLine.getCommandSpec().usageMessage().exitCodeList(codes);
        return commandLine;
    }
}
