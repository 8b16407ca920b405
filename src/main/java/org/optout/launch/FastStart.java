package org.optout.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Decides whether {@code java -jar optout.jar ...} should hand the run over to a second JVM started with options
 * that {@code java -jar} cannot take from a jar: the quick C1 compiler only, the serial collector, and an
 * application class-data archive (AppCDS) kept in the user's cache. A run of optout lasts about a second, so the
 * optimising compiler and the parallel collector cost more than they give; the archive spares loading and
 * verifying thousands of library classes (the README gives the figures).
 *
 * <p>The hand-over happens only when it is safe to change the JVM's options: the user started optout with
 * {@code java -jar} and no JVM option of their own, no {@code JAVA_TOOL_OPTIONS}-style variable is set, and
 * {@value #SWITCH} is not {@code 0}. Otherwise optout runs in this JVM, as it always can.
 */
public final class FastStart {
    /** Set to {@code 0} (or {@code off}, {@code false}, {@code no}) to always run in the JVM the user started. */
    public static final String SWITCH = "OPTOUT_FAST_START";
    /** The system property that marks the second JVM, which never hands over again. */
    static final String CHILD_PROPERTY = "optout.fast-start";
    /** Variables through which the user gives the JVM options that ours could contradict. */
    private static final Set<String> JVM_OPTION_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");
    /**
     * The commands that render PDFs: their first run records the class archive, since they load nearly every
     * class the other commands need too.
     */
    private static final Set<String> ARCHIVING_COMMANDS = Set.of("letter", "send", "remind", "complaint", "dossier");

    private FastStart() {
    }

    /**
     * Runs {@code args} in a second, tuned JVM when that is safe, and returns its exit code; empty when optout
     * should run in this JVM.
     */
    public static OptionalInt relaunch(String[] args, Map<String, String> env, Path javaHome, Path cacheHome,
                                       Path workingDirectory, Clock clock) {
        if (System.getProperty(CHILD_PROPERTY) != null) {
            return OptionalInt.empty();
        }
        String[] command = ProcessHandle.current().info().arguments().orElse(null);
        Optional<Launch> launch = plan(command, args, env, javaHome, cacheHome, workingDirectory, clock);
        return launch.isPresent() ? launch.get().run() : OptionalInt.empty();
    }

    /**
     * The launch to make, if any.
     *
     * @param processArguments this JVM's own command line after the {@code java} executable, or null if unknown
     * @param args optout's arguments
     * @param cacheHome optout's cache folder, where the class archive is kept
     */
    static Optional<Launch> plan(String[] processArguments, String[] args, Map<String, String> env, Path javaHome,
                                 Path cacheHome, Path workingDirectory, Clock clock) {
        String choice = env.getOrDefault(SWITCH, "");
        if (Set.of("0", "off", "false", "no").contains(choice.strip().toLowerCase(Locale.ROOT))
                || hasJvmOptions(env) || !startedWithJarOnly(processArguments, args)) {
            return Optional.empty();
        }
        Path jar = workingDirectory.resolve(processArguments[1]).normalize();
        Path java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isRegularFile(jar) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        boolean mayRecord = args.length > 0 && ARCHIVING_COMMANDS.contains(args[0]);
        return Optional.of(new Launch(java, jar, ClassArchive.locate(cacheHome, javaHome, jar), mayRecord,
                Arrays.asList(args), clock));
    }

    // loops rather than streams and lambdas here: this code runs before the hand-over, where each class that the
    // JVM has to load or spin delays the command
    private static boolean hasJvmOptions(Map<String, String> env) {
        for (String name : JVM_OPTION_VARIABLES) {
            if (!env.getOrDefault(name, "").isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** True when the command line is exactly {@code -jar FILE} followed by optout's arguments. */
    private static boolean startedWithJarOnly(String[] processArguments, String[] args) {
        return processArguments != null
                && processArguments.length == args.length + 2
                && "-jar".equals(processArguments[0])
                && Arrays.equals(processArguments, 2, processArguments.length, args, 0, args.length);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
