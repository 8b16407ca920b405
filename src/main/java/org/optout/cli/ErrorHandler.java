package org.optout.cli;

import java.io.PrintWriter;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.followup.InertText;
import org.optout.ui.Texts;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one error path: a user error ({@link AppException} or a picocli usage error) becomes a single line on
 * stderr, {@linkplain InertText inert} as it may quote a value from outside, and its named exit code; anything
 * else is a bug and is shown with its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Texts texts;

    ErrorHandler(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof AppException app) {
            err.println("optout: " + InertText.of(app.text().map(texts::get).orElse(app.getMessage())));
            err.flush();
            return app.exitCode().code();
        }
        err.println("optout: " + texts.get("error.internal") + ": " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("optout: " + texts.get("usage.line", InertText.of(texts.get(ParameterErrors.of(e))),
                command.getCommandSpec().qualifiedName() + " --help"));
        err.flush();
        return ExitCode.USAGE.code();
    }
}
