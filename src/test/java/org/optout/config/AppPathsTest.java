package org.optout.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {
    private final Path home = Path.of("/home/camille");

    @Test
    void follows_xdg_variables() {
        AppPaths paths = AppPaths.from(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data",
                "XDG_CACHE_HOME", "/cache"), home, home);
        assertThat(paths.defaultProfile()).isEqualTo(Path.of("/cfg/optout/profile.yaml"));
        assertThat(paths.dataHome()).isEqualTo(Path.of("/data/optout"));
    }

    @Test
    void falls_back_to_home_when_unset_or_relative() {
        AppPaths paths = AppPaths.from(Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_CACHE_HOME", ""), home, home);
        assertThat(paths.defaultProfile()).isEqualTo(Path.of("/home/camille/.config/optout/profile.yaml"));
        assertThat(paths.dataHome()).isEqualTo(Path.of("/home/camille/.local/share/optout"));
    }

    @Test
    void expands_a_typed_tilde_to_home_and_resolves_the_rest_against_the_working_directory() {
        AppPaths paths = AppPaths.from(Map.of(), home, Path.of("/work/dir"));
        assertThat(paths.expand("~/sig.png")).isEqualTo(Path.of("/home/camille/sig.png"));
        assertThat(paths.expand("~")).isEqualTo(home);
        assertThat(paths.expand("sig.png")).isEqualTo(Path.of("/work/dir/sig.png"));
        assertThat(paths.expand("~other/sig.png")).isEqualTo(Path.of("/work/dir/~other/sig.png"));
        assertThat(paths.expand("/abs/sig.png")).isEqualTo(Path.of("/abs/sig.png"));
    }

    @Test
    void home_is_the_shell_s_home_when_it_is_an_absolute_path_else_the_account_s() {
        Path account = Path.of("/root");
        assertThat(AppPaths.home(Map.of("HOME", "/tmp/camille"), account)).isEqualTo(Path.of("/tmp/camille"));
        assertThat(AppPaths.home(Map.of("HOME", "relative"), account)).isEqualTo(account);
        assertThat(AppPaths.home(Map.of("HOME", ""), account)).isEqualTo(account);
        assertThat(AppPaths.home(Map.of(), account)).isEqualTo(account);
    }
}
