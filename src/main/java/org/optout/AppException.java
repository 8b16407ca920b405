package org.optout;

import java.util.Optional;
import org.optout.ui.Message;

/**
 * The one base class of the errors a user can cause or fix. Its message is a single line naming the file,
 * field or option at fault; the CLI prints it to stderr and exits with {@link #exitCode()}. An error made of a
 * {@link Message} is printed in the interface language; {@link #getMessage()} is always English.
 */
public class AppException extends RuntimeException {
    private final ExitCode exitCode;
    private final transient Message text;

    public AppException(String message, ExitCode exitCode) {
        this(message, exitCode, null);
    }

    public AppException(String message, ExitCode exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.text = null;
    }

    /** An error the cli tells in the user's language. */
    public AppException(Message message, ExitCode exitCode) {
        this(message, exitCode, null);
    }

    public AppException(Message message, ExitCode exitCode, Throwable cause) {
        super(message.english(), cause);
        this.exitCode = exitCode;
        this.text = message;
    }

    /** The error as a message to render in the interface language, when it was made of one. */
    public Optional<Message> text() {
        return Optional.ofNullable(text);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /**
     * The error as a fact for another message: its {@link Message} when it was made of one (so that it is told in
     * the user's language), else its English text.
     */
    public Object said() {
        return text != null ? text : getMessage();
    }

    /** Invalid user or project data (exit code 3), told in the user's language; the library exception kept. */
    public static AppException invalidData(Message message, Throwable cause) {
        return new AppException(message, ExitCode.INVALID_DATA, cause);
    }

    /** Invalid user or project data (exit code 3). */
    public static AppException invalidData(String message) {
        return new AppException(message, ExitCode.INVALID_DATA);
    }

    /** Invalid user or project data (exit code 3), keeping the library exception for debugging. */
    public static AppException invalidData(String message, Throwable cause) {
        return new AppException(message, ExitCode.INVALID_DATA, cause);
    }

    /** Invalid user or project data (exit code 3), told in the user's language. */
    public static AppException invalidData(Message message) {
        return new AppException(message, ExitCode.INVALID_DATA);
    }

    /** A command-line value that names nothing we know (exit code 2), told in the user's language. */
    public static AppException usage(Message message) {
        return new AppException(message, ExitCode.USAGE);
    }

    /** A command-line value that names nothing we know (exit code 2). */
    public static AppException usage(String message) {
        return new AppException(message, ExitCode.USAGE);
    }
}
