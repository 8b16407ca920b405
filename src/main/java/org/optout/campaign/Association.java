package org.optout.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optout.catalogue.Language;

/**
 * The association that writes to controllers on its members' behalf (GDPR art. 80(1)), as validated from its
 * {@code association.yaml}. Texts the letters cite are given in each of its languages.
 *
 * @param legalForm the legal form, in every language unless {@code legalForms} gives it by language
 * @param postalAddress the address lines, without the country
 * @param email the address campaign mail comes from and answers go to
 * @param languages the languages it writes letters in; the first is the default
 * @param legalForms the legal form by language code ("ASBL" in French, "vzw" in Dutch), or null when it has one
 *     name in every language; left out of the stored copy's JSON when null, so that a copy made before it existed
 *     keeps its hash
 */
public record Association(String name, String legalForm, String registrationNumber, List<String> postalAddress,
                          String country, String email, Representative representative, Article80 article80,
                          List<Language> languages,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> legalForms) {

    public Association {
        Objects.requireNonNull(name, "name");
        postalAddress = List.copyOf(postalAddress);
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("an association writes in at least one language");
        }
        legalForms = legalForms == null ? null : Map.copyOf(legalForms);
    }

    /** The legal form as a letter in {@code language} names it. */
    public String legalForm(Language language) {
        return legalForms == null ? legalForm : legalForms.getOrDefault(language.code(), legalForm);
    }

    /**
     * The person who signs for the association.
     *
     * @param role their role ("présidente", "chair"…) by language code
     * @param signature the handwritten-signature image as a {@code data:} URI, or null
     */
    public record Representative(String name, Map<String, String> role, String signature) {
        public Representative {
            role = Map.copyOf(role);
        }
    }

    /**
     * The statement that the association may act under art. 80(1): a not-for-profit body, properly constituted,
     * with statutory objectives in the public interest, active in protecting data subjects' rights.
     *
     * @param statutoryObjectives its objectives as its statutes state them, by language code
     * @param dataProtectionActivity what it does to protect data subjects' rights, by language code
     */
    public record Article80(boolean notForProfit, Map<String, String> statutoryObjectives,
                            Map<String, String> dataProtectionActivity) {
        public Article80 {
            statutoryObjectives = Map.copyOf(statutoryObjectives);
            dataProtectionActivity = Map.copyOf(dataProtectionActivity);
        }
    }

    /** The language of a member's letters: theirs if the association writes it, else the association's first. */
    public Language languageFor(Language wanted) {
        return wanted != null && languages.contains(wanted) ? wanted : languages.get(0);
    }
}
