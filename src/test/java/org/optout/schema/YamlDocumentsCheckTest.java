package org.optout.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentsCheckTest {
    private final YamlDocuments documents = new YamlDocuments();

    @Test
    void checks_one_value_against_the_rule_of_its_field_in_the_schema() {
        assertThat(documents.check("profile", "/properties/email", "jan@example.be")).isEmpty();
        assertThat(documents.check("profile", "/properties/email", "not-an-email")).hasValueSatisfying(p -> {
            assertThat(p.keyword()).isEqualTo("pattern");
            assertThat(p.description()).isEqualTo("'not-an-email' is not in the expected form");
        });
        assertThat(documents.check("profile", "/properties/place", "x".repeat(81)))
                .hasValueSatisfying(p -> assertThat(p.keyword() + " " + p.limit()).isEqualTo("maxLength 80"));
        assertThat(documents.check("profile", "/properties/language", "es"))
                .hasValueSatisfying(p -> assertThat(p.keyword()).isEqualTo("enum"));
        assertThat(documents.check("profile", "/properties/accounts/additionalProperties", "@camille")).isEmpty();
        assertThat(documents.check("profile", "/properties/postal_address/items", " ")).isPresent();
        assertThat(documents.check("profile", "/properties/postal_address", List.of("a", "b"))).isEmpty();
    }
}
