package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The profile wizard speaks French wherever it speaks English. */
class ProfileTextsTest {
    private static Set<String> profileKeys(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProfileTextsTest.class.getResourceAsStream("/org/optout/cli/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("profile.")).collect(Collectors.toSet());
    }

    @Test
    void every_profile_text_has_a_french_version() throws IOException {
        Set<String> english = profileKeys("texts.properties");
        assertThat(english).hasSizeGreaterThan(40);
        assertThat(profileKeys("texts_fr.properties")).isEqualTo(english);
    }
}
