package org.optout.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.optout.AppException;
import org.optout.ExitCode;

class AppearanceTest {

    @Test
    void bytes_that_are_neither_png_nor_jpeg_are_refused() {
        byte[] gif = "GIF89a......".getBytes(StandardCharsets.US_ASCII);

        assertInvalid(() -> new Appearance(gif, "Signé par Camille Durand"), "not a PNG or JPEG");
    }

    @Test
    void a_blank_text_is_refused() {
        assertInvalid(() -> new Appearance(null, " \n\t "), "needs a text");
    }

    @Test
    void a_character_dejavu_sans_cannot_draw_is_refused() {
        assertInvalid(() -> new Appearance(null, "Signé par 署名"), "U+7F72");
    }

    @Test
    void a_control_character_is_refused() {
        assertInvalid(() -> new Appearance(null, "Signé\u0007 par Camille Durand"), "U+0007");
    }

    @Test
    void line_ends_are_normalised_and_the_text_trimmed() {
        Appearance appearance = new Appearance(null, "  Signé par Camille Durand\r\nle 22 novembre 2026\r\n");

        assertThat(appearance.text()).isEqualTo("Signé par Camille Durand\nle 22 novembre 2026");
    }

    @Test
    void the_image_bytes_are_copied_in_and_out() throws Exception {
        // given
        byte[] png = Files.readAllBytes(Path.of("samples/signature.png"));
        Appearance appearance = new Appearance(png, "Signé");

        // when
        png[20] ^= 1;
        appearance.image()[21] ^= 1;

        // then
        byte[] again = Files.readAllBytes(Path.of("samples/signature.png"));
        assertThat(appearance.image()).isEqualTo(again);
        assertThat(appearance).isEqualTo(new Appearance(again, "Signé")).hasSameHashCodeAs(new Appearance(again,
                "Signé"));
    }

    private static void assertInvalid(ThrowingCallable creation, String message) {
        assertThatThrownBy(creation)
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_DATA))
                .hasMessageContaining(message);
    }
}
