package org.optout.complaint;

import java.util.List;
import org.optout.letter.ExtraVariable;

/**
 * The facts of a complaint, exposed to the complaint templates as {@code complaint}. Built from the tracker only:
 * nothing here is typed in. Dates are formatted in the complaint's language.
 *
 * @param possibleFrom when a complaint is normally possible (the day after the deadline), shown when forced
 * @param association the not-for-profit body lodging the complaint under art. 80(1), or null
 * @param requiresSignature the authority requires a dated and signed complaint (APD)
 */
public record ComplaintModel(String requestId, AuthorityInfo authority, ControllerInfo controller,
                             List<ChronologyRow> chronology, String deadline, boolean silence, boolean refused,
                             String refusedDate, List<String> infringements, List<Annex> annexes, boolean forced,
                             String possibleFrom, boolean confidential, String association, boolean requiresSignature)
        implements ExtraVariable {

    public ComplaintModel {
        chronology = List.copyOf(chronology);
        infringements = List.copyOf(infringements);
        annexes = List.copyOf(annexes);
    }

    @Override
    public String variableName() {
        return "complaint";
    }

    /** The authority the complaint is lodged with. */
    public record AuthorityInfo(String id, String name, String shortName) {
    }

    /**
     * The controller complained about.
     *
     * @param leadAuthority the lead supervisory authority (art. 56), or null when there is none
     */
    public record ControllerInfo(String legalName, List<String> addressLines, String country,
                                 String registrationNumber, String leadAuthority, boolean leadIsThisAuthority,
                                 boolean leadToVerify) {
        public ControllerInfo {
            addressLines = List.copyOf(addressLines);
        }
    }

    /**
     * One line of the chronology.
     *
     * @param event "sent", "received", "acknowledged", "extension", "identity_requested", "identity_provided",
     *     "reminder", "answered", "refused", "deadline" or "no_answer"
     * @param annex the number of the annex proving it, or null
     */
    public record ChronologyRow(String date, String event, String channel, String reference, Integer annex) {
    }

    /**
     * One annex.
     *
     * @param role "letter", "eml", "reminder", "reply", "attachment" or "index"
     */
    public record Annex(int number, String role, String fileName, String sha256) {
    }
}
