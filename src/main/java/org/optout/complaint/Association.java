package org.optout.complaint;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.optout.catalogue.Language;

/**
 * The not-for-profit body that lodges a complaint on behalf of data subjects under art. 80(1) GDPR, as the campaign
 * describes it. Every condition art. 80(1) sets must be declared true: the complaint states them as the association's
 * own declaration, so a body that cannot make them gets no complaint.
 *
 * @param legalForm e.g. "association sans but lucratif", "ASBL", "eingetragener Verein"; printed as given
 * @param registrationNumber the register entry (RNA, BCE/KBO, Vereinsregister…), or null
 * @param country ISO 3166-1 alpha-2 code of the country whose law it is constituted under
 * @param language the association's working language, preferred for the complaint when the authority takes it
 * @param statutes the association's statutes (a PDF), enclosed as an annex; or null
 */
public record Association(String name, String legalForm, String registrationNumber, List<String> addressLines,
                          String country, String email, Signatory signatory, Article80 article80,
                          Language language, Path statutes) {
    public Association {
        require(name, "name");
        require(legalForm, "legal_form");
        require(country, "country");
        require(email, "email");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(article80, "article80");
        Objects.requireNonNull(language, "language");
        addressLines = List.copyOf(addressLines);
        if (addressLines.isEmpty()) {
            throw new IllegalArgumentException("address: at least one line");
        }
    }

    /**
     * Who signs the complaint for the association.
     *
     * @param role e.g. "présidente", "chair", "voorzitter", "Vorsitzende"; printed as given
     * @param signatureImage a PNG or JPEG of the handwritten signature, or null
     */
    public record Signatory(String name, String role, Path signatureImage) {
        public Signatory {
            require(name, "signatory name");
            require(role, "signatory role");
        }
    }

    /**
     * The association's declaration of the conditions of art. 80(1): properly constituted under the law of a Member
     * State, not-for-profit, with statutory objectives in the public interest, and active in protecting data
     * subjects' rights and freedoms with regard to their personal data.
     */
    public record Article80(boolean properlyConstituted, boolean notForProfit, boolean publicInterestObjectives,
                            boolean activeInDataProtection) {
        /** The conditions not declared, by their key (empty when the body may act under art. 80(1)). */
        public List<String> missing() {
            return Stream.of(
                    properlyConstituted ? null : "properly_constituted",
                    notForProfit ? null : "not_for_profit",
                    publicInterestObjectives ? null : "public_interest_objectives",
                    activeInDataProtection ? null : "active_in_data_protection")
                    .filter(Objects::nonNull).toList();
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": missing");
        }
    }
}
