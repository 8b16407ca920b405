package org.optout.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optout.catalogue.Language;
import org.optout.ui.Texts;

/** The role of an evidence document as {@code requests show} prints it. */
class TimelineRoleTest {
    @Test
    void a_known_role_is_told_in_the_interface_language() {
        assertThat(Timeline.role(Texts.of(Language.FR), "letter")).isEqualTo("lettre");
        assertThat(Timeline.role(Texts.of(Language.NL), "mandate-signed")).isEqualTo("ondertekend mandaat");
        assertThat(Timeline.role(Texts.of(Language.DE), "reply-text")).isEqualTo("Text der Antwort");
        assertThat(Timeline.role(Texts.of(Language.EN), "eml")).isEqualTo("eml");
    }

    @Test
    void an_unknown_role_is_printed_as_stored_and_inert() {
        assertThat(Timeline.role(Texts.of(Language.FR), "scan")).isEqualTo("scan");
        assertThat(Timeline.role(Texts.of(Language.FR), "odd\u001b[2J")).isEqualTo("odd\\x1b[2J");
    }
}
