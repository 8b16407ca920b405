package org.optout.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.optout.catalogue.Language;

/**
 * A member of the association, for whom it objects on a mandate, as validated from the members file.
 *
 * @param memberId the association's identifier for the member: unique in the campaign, a safe file name
 * @param addressLines the postal address, without the country
 * @param language the language the member asked for, or null
 * @param situation the member's "particular situation" paragraph (art. 21(1)), or null
 * @param mandateSignedOn the date the member signed the mandate, or null while it is not signed
 * @param accounts how the member's account is identified at each platform, by platform id
 */
public record Member(String memberId, String name, String email, List<String> addressLines, String country,
                     Language language, String situation, LocalDate mandateSignedOn, Map<String, String> accounts) {

    public Member {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(country, "country");
        addressLines = List.copyOf(addressLines);
        accounts = Map.copyOf(accounts);
    }

    /** The same member with the mandate signed on {@code date}. */
    public Member withMandateSignedOn(LocalDate date) {
        return new Member(memberId, name, email, addressLines, country, language, situation, date, accounts);
    }

    public Optional<String> account(String platformId) {
        return Optional.ofNullable(accounts.get(platformId));
    }

    /**
     * The SHA-256 of everything the member's letters depend on, to tell an unchanged row from an updated one at
     * import, and a letter written from older data at a re-run.
     */
    public String rowHash() {
        List<String> parts = new ArrayList<>(List.of(memberId, name, email, String.join("\n", addressLines), country,
                language == null ? "" : language.code(), situation == null ? "" : situation,
                mandateSignedOn == null ? "" : mandateSignedOn.toString()));
        new TreeMap<>(accounts).forEach((platform, account) -> parts.add(platform + "=" + account));
        // a separator that no field may contain (control characters are refused in the file)
        return Sha256.of(String.join("\u001f", parts));
    }
}
