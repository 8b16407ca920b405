package org.optout.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where optout reads and writes user files, resolved once from the environment (XDG base directories) so that
 * nothing else reads environment variables or the home directory.
 *
 * @param configHome the optout configuration folder ({@code $XDG_CONFIG_HOME/optout} or {@code ~/.config/optout})
 * @param dataHome the optout data folder ({@code $XDG_DATA_HOME/optout} or {@code ~/.local/share/optout})
 * @param workingDirectory the directory relative paths are resolved against
 * @param home the user's home directory, which {@code ~} stands for in a path typed at a prompt
 */
public record AppPaths(Path configHome, Path dataHome, Path workingDirectory, Path home) {

    /**
     * The home directory as the shell knows it: {@code $HOME} when it is an absolute path (what {@code ~} and the
     * XDG defaults mean), else {@code accountHome}, the JVM's {@code user.home} (the account's entry, which ignores
     * {@code $HOME}).
     */
    public static Path home(Map<String, String> env, Path accountHome) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() && Path.of(home).isAbsolute() ? Path.of(home) : accountHome;
    }

    /** Resolves the folders from environment variables and the user's home directory. */
    public static AppPaths from(Map<String, String> env, Path home, Path workingDirectory) {
        return new AppPaths(
                base(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("optout"),
                base(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve("optout"),
                workingDirectory, home);
    }

    /** The default profile file. */
    public Path defaultProfile() {
        return configHome.resolve("profile.yaml");
    }

    /** Resolves a path the user typed against the working directory. */
    public Path resolve(Path userPath) {
        return workingDirectory.resolve(userPath);
    }

    /**
     * A path typed at a prompt, where no shell expanded it: a leading {@code ~} or {@code ~/} is the home
     * directory; a relative path is resolved against the working directory.
     */
    public Path expand(String typed) {
        if (typed.equals("~")) {
            return home;
        }
        if (typed.startsWith("~/")) {
            return home.resolve(typed.substring(2)).normalize();
        }
        return workingDirectory.resolve(typed).normalize();
    }

    private static Path base(String value, Path fallback) {
        // XDG: a relative or empty value is invalid and must be ignored
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
