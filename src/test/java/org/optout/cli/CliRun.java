package org.optout.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.optout.config.AppPaths;

/**
 * Runs the real {@code optout} command line in-process, in a sandbox of temporary folders, and keeps what it
 * printed. The clock is fixed at 2026-11-22 10:00 Paris time.
 */
public record CliRun(int exitCode, String out, String err) {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Paris"));

    /** Runs {@code args} with {@code home} as home and working directory, and {@code stdin} as terminal input. */
    public static CliRun runWithInput(Path home, String stdin, String... args) {
        return runWith(home, CLOCK, Map.of(), stdin, args);
    }

    /** Runs {@code args} with a given clock and environment; there is never a terminal to ask a password on. */
    /** A clock fixed at 10:00 UTC on {@code date} (YYYY-MM-DD), in the Paris time zone: "today" for a test. */
    public static Clock on(String date) {
        return Clock.fixed(Instant.parse(date + "T10:00:00Z"), ZoneId.of("Europe/Paris"));
    }

    /** Runs {@code args} as if today were {@code date}. */
    public static CliRun at(Path home, String date, String... args) {
        return runWith(home, on(date), Map.of(), "", args);
    }

    /** Runs {@code args} as if today were {@code date}, and requires success (exit code 0). */
    public static CliRun ok(Path home, String date, String... args) {
        CliRun run = at(home, date, args);
        org.assertj.core.api.Assertions.assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    public static CliRun runWith(Path home, Clock clock, Map<String, String> env, String stdin, String... args) {
        return runWith(home, clock, env, false, stdin, args);
    }

    /** Runs {@code args} as typed at a terminal, where a person answers questions with {@code stdin}. */
    public static CliRun onTerminal(Path home, Map<String, String> env, String stdin, String... args) {
        return runWith(home, CLOCK, env, true, stdin, args);
    }

    private static CliRun runWith(Path home, Clock clock, Map<String, String> env, boolean terminal, String stdin,
                                  String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext context = new AppContext(clock, AppPaths.from(Map.of(), home, home),
                () -> new BufferedReader(new StringReader(stdin)), env, prompt -> null).withTerminal(terminal);
        int code = Cli.create(context, new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun run(Path home, String... args) {
        return runWithInput(home, "", args);
    }

    /** The lines printed on stdout. */
    public List<String> outLines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
