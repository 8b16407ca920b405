package org.optout.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private final Countries countries = new Countries(List.of("FR", "BE", "NL", "DE", "ES", "AT", "LU"));

    @Test
    void understands_codes_and_names_in_the_letter_languages_and_the_countrys_own() {
        assertThat(countries.code("France")).contains("FR");
        assertThat(countries.code("  belgique ")).contains("BE");
        assertThat(countries.code("Belgium")).contains("BE");
        assertThat(countries.code("belgië")).contains("BE");
        assertThat(countries.code("BELGIE")).contains("BE");
        assertThat(countries.code("Nederland")).contains("NL");
        assertThat(countries.code("Pays-Bas")).contains("NL");
        assertThat(countries.code("Deutschland")).contains("DE");
        assertThat(countries.code("Allemagne")).contains("DE");
        assertThat(countries.code("España")).contains("ES");
        assertThat(countries.code("Österreich")).contains("AT");
        assertThat(countries.code("be")).contains("BE");
        assertThat(countries.code("CH")).as("any ISO code").contains("CH");
    }

    @Test
    void refuses_what_is_neither() {
        assertThat(countries.code("Fr4nce")).isEmpty();
        assertThat(countries.code("Suisse")).as("names only for the countries given").isEmpty();
        assertThat(countries.code("XX")).isEmpty();
        assertThat(countries.code("")).isEmpty();
    }
}
