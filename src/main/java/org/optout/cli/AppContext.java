package org.optout.cli;

import org.optout.ui.Texts;
import java.io.BufferedReader;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.optout.catalogue.Language;
import org.optout.config.AppPaths;

/**
 * What commands get from the outside world, built once in {@code Main} (or in a test).
 *
 * @param stdin the terminal input for interactive questions, opened on first use
 * @param env the environment variables (secrets such as OPTOUT_SMTP_PASSWORD come only from here or a prompt)
 * @param passwords asks for a secret on the terminal without echo
 * @param ui the language optout talks to the user in, or null until {@link Cli} has chosen it from the command
 *     line, the profile and the locale ({@link InterfaceLanguage})
 * @param terminal whether a person can answer on stdin (in {@code Main}: {@code System.console() != null}); without
 *     one optout never asks a question
 */
public record AppContext(Clock clock, AppPaths paths, Supplier<BufferedReader> stdin, Map<String, String> env,
                         PasswordPrompt passwords, Language ui, boolean terminal) {

    public AppContext {
        env = Map.copyOf(env);
    }

    /** A context whose interface language is still to be chosen. */
    public AppContext(Clock clock, AppPaths paths, Supplier<BufferedReader> stdin, Map<String, String> env,
                      PasswordPrompt passwords) {
        this(clock, paths, stdin, env, passwords, null, false);
    }

    AppContext withUi(Language language) {
        return new AppContext(clock, paths, stdin, env, passwords, language, terminal);
    }

    /** This context, with a person at a terminal to answer questions, or not. */
    public AppContext withTerminal(boolean present) {
        return new AppContext(clock, paths, stdin, env, passwords, ui, present);
    }

    /** What optout says, in the interface language (English until it is chosen). */
    public Texts texts() {
        return Texts.of(ui == null ? Language.EN : ui);
    }

    /** Reads a secret from the terminal. */
    @FunctionalInterface
    public interface PasswordPrompt {
        /** @return the secret, or null when there is no terminal to ask on */
        char[] ask(String prompt);
    }
}
