package org.optout.cli;

import java.io.BufferedReader;
import java.time.Clock;
import java.util.function.Supplier;
import org.optout.config.AppPaths;

/**
 * What commands get from the outside world, built once in {@code Main} (or in a test).
 *
 * @param stdin the terminal input for interactive questions, opened on first use
 */
public record AppContext(Clock clock, AppPaths paths, Supplier<BufferedReader> stdin) {
}
