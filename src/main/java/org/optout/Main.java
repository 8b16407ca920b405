package org.optout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.optout.cli.AppContext;
import org.optout.cli.Cli;
import org.optout.config.AppPaths;

/** Entry point: wires the outside world (clock, paths, terminal) into the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.from(System.getenv(),
                AppPaths.home(System.getenv(), Path.of(System.getProperty("user.home"))),
                Path.of("").toAbsolutePath());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        AppContext context = new AppContext(
                new SystemClock(),
                paths,
                () -> new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.getenv(),
                prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt))
                .withTerminal(System.console() != null);
        int code = Cli.create(context, out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
