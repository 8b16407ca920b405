package org.optout;

/**
 * The one base class of the errors a user can cause or fix. Its message is a single line naming the file,
 * field or option at fault; the CLI prints it to stderr and exits with {@link #exitCode()}.
 */
public class AppException extends RuntimeException {
    private final ExitCode exitCode;

    public AppException(String message, ExitCode exitCode) {
        this(message, exitCode, null);
    }

    public AppException(String message, ExitCode exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** Invalid user or project data (exit code 3). */
    public static AppException invalidData(String message) {
        return new AppException(message, ExitCode.INVALID_DATA);
    }

    /** Invalid user or project data (exit code 3), keeping the library exception for debugging. */
    public static AppException invalidData(String message, Throwable cause) {
        return new AppException(message, ExitCode.INVALID_DATA, cause);
    }

    /** A command-line value that names nothing we know (exit code 2). */
    public static AppException usage(String message) {
        return new AppException(message, ExitCode.USAGE);
    }
}
