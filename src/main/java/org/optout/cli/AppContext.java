package org.optout.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.optout.config.AppPaths;

/**
 * What commands get from the outside world, built once in {@code Main} (or in a test).
 *
 * @param stdin the terminal input for interactive questions, opened on first use
 * @param env the environment variables (secrets such as OPTOUT_SMTP_PASSWORD come only from here or a prompt)
 * @param passwords asks for a secret on the terminal without echo
 */
public record AppContext(Clock clock, AppPaths paths, Supplier<BufferedReader> stdin, Map<String, String> env,
                         PasswordPrompt passwords) {

    public AppContext {
        env = Map.copyOf(env);
    }

    /** Reads a secret from the terminal. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** @return the secret, or null when there is no terminal to ask on */
        char[] ask(String prompt);
    }
}
