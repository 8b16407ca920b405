package org.optout.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.optout.AppException;
import org.optout.ExitCode;

class CatalogueTest {
    @Test
    void suggests_the_closest_id() {
        assertThat(Catalogue.suggestion("linkdin", java.util.List.of("linkedin", "x", "grok")))
                .isEqualTo(" (did you mean 'linkedin'?)");
        assertThat(Catalogue.suggestion("zzzzzzzz", java.util.List.of("linkedin", "grok"))).isEmpty();
    }

    @Test
    void levenshtein_distance() {
        assertThat(Catalogue.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Catalogue.distance("", "abc")).isEqualTo(3);
        assertThat(Catalogue.distance("same", "same")).isZero();
        assertThat(Catalogue.distance("dcp", "dpc")).isEqualTo(1);
    }

    @Test
    void an_unknown_platform_is_a_usage_error() {
        Catalogue empty = new Catalogue(java.util.Map.of(), java.util.Map.of());
        assertThatThrownBy(() -> empty.platform("nope"))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("unknown platform 'nope'")
                .extracting(e -> ((AppException) e).exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
