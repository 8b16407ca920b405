package org.optout.campaign;

import java.util.List;
import org.optout.letter.ExtraVariable;

/**
 * What the campaign templates read besides {@code letter}, as the variable {@code mandate}: the member, the
 * association and its art. 80 statement in the letter's language, and the mandate's date.
 *
 * @param signedOn the date the member signed the mandate, formatted in the letter's language, or null (the mandate
 *     document then leaves the date for the member to write)
 * @param platforms the names of the platforms the campaign objects to (the mandate lists them)
 */
public record MandateFacts(Person member, Body association, String signedOn, List<String> platforms)
        implements ExtraVariable {

    public MandateFacts {
        platforms = List.copyOf(platforms);
    }

    @Override
    public String variableName() {
        return "mandate";
    }

    /** The member the association acts for. */
    public record Person(String name, List<String> addressLines, String country, String email) {
        public Person {
            addressLines = List.copyOf(addressLines);
        }
    }

    /**
     * The association, its texts in the letter's language.
     *
     * @param representativeRole the signatory's role, e.g. "présidente"
     */
    public record Body(String name, String legalForm, String registrationNumber, List<String> addressLines,
                       String country, String email, String representativeName, String representativeRole,
                       String statutoryObjectives, String dataProtectionActivity) {
        public Body {
            addressLines = List.copyOf(addressLines);
        }
    }
}
