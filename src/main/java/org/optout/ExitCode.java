package org.optout;

/** The named exit codes of the {@code optout} command, listed in {@code optout --help} and the README. */
public enum ExitCode {
    OK(0, "Success"),
    INTERNAL(1, "Unexpected internal error (a bug: please report it)"),
    USAGE(2, "Usage error: unknown option, platform or command-line value"),
    INVALID_DATA(3, "Invalid data: profile, catalogue, template, signature image, output location, an attachment, "
            + "or a complaint not possible yet"),
    DELIVERY(4, "Delivery or storage failure: SMTP, database, or evidence that no longer matches its record");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
