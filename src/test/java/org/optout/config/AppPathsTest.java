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
}
