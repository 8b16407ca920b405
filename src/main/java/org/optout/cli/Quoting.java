package org.optout.cli;

/** Quotes values inside the commands optout prints as advice, so that they work when pasted into a shell. */
final class Quoting {
    private Quoting() {
    }

    /** {@code value} as one POSIX shell word: as is when it is plain, else in single quotes. */
    static String shell(String value) {
        if (value.matches("[A-Za-z0-9@%+=:,./_-]+")) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** The {@code --db} part of a command printed as advice, so that it works exactly as printed; "" without it. */
    static String dbOption(TrackerOption tracker) {
        return tracker.db == null ? "" : " --db " + shell(tracker.db);
    }
}
