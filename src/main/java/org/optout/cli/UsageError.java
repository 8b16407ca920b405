package org.optout.cli;

import org.optout.ui.Message;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * A usage error optout finds itself while picocli parses or runs a command, told in the interface language:
 * {@link ParameterErrors} renders its {@link Message}; {@link #getMessage()} stays English.
 */
final class UsageError extends ParameterException {
    private final transient Message text;

    UsageError(CommandLine command, Message text) {
        super(command, text.english());
        this.text = text;
    }

    /** A container command run without one of its subcommands. */
    static UsageError missingCommand(CommandSpec spec) {
        return new UsageError(spec.commandLine(),
                Message.of("usage.missing_command", String.join(", ", spec.subcommands().keySet())));
    }

    Message text() {
        return text;
    }

    /** A value a converter refuses, with the reason in the interface language. */
    static final class Conversion extends TypeConversionException {
        private final transient Message reason;

        Conversion(Message reason) {
            super(reason.english());
            this.reason = reason;
        }

        Message reason() {
            return reason;
        }
    }
}
