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
 */
public record AppPaths(Path configHome, Path dataHome, Path workingDirectory) {

    /** Resolves the folders from environment variables and the user's home directory. */
    public static AppPaths from(Map<String, String> env, Path home, Path workingDirectory) {
        return new AppPaths(
                base(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve("optout"),
                base(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve("optout"),
                workingDirectory);
    }

    /** The default profile file. */
    public Path defaultProfile() {
        return configHome.resolve("profile.yaml");
    }

    /** Resolves a path the user typed against the working directory. */
    public Path resolve(Path userPath) {
        return workingDirectory.resolve(userPath);
    }

    private static Path base(String value, Path fallback) {
        // XDG: a relative or empty value is invalid and must be ignored
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
