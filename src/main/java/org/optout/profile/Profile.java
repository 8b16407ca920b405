package org.optout.profile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.optout.catalogue.Language;

/**
 * The user's details, as validated from their profile file.
 *
 * @param signatureImage the handwritten-signature image, resolved against the profile's folder, or null
 * @param situation the user's own "particular situation" paragraph (art. 21(1)), or null
 * @param specialCategories the data reveals special categories of data (art. 9)
 * @param accounts how the user's account is identified at each platform, by platform id
 */
public record Profile(
        String name,
        String email,
        List<String> postalAddress,
        String country,
        Language language,
        String place,
        String phone,
        Path signatureImage,
        String situation,
        boolean specialCategories,
        Map<String, String> accounts) {

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(country, "country");
        postalAddress = List.copyOf(postalAddress);
        accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        language = language == null ? Language.defaultFor(country) : language;
    }

    /** How the account at {@code platformId} is identified, if the user said. */
    public Optional<String> account(String platformId) {
        return Optional.ofNullable(accounts.get(platformId));
    }

    /** The profile fields that end up printed in a letter, by their name in the profile file. */
    public Map<String, String> printedFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        for (int i = 0; i < postalAddress.size(); i++) {
            fields.put("postal_address[" + i + "]", postalAddress.get(i));
        }
        if (place != null) {
            fields.put("place", place);
        }
        if (phone != null) {
            fields.put("phone", phone);
        }
        if (situation != null) {
            fields.put("situation", situation);
        }
        accounts.forEach((platform, value) -> fields.put("accounts." + platform, value));
        return fields;
    }
}
