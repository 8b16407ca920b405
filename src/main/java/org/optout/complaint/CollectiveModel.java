package org.optout.complaint;

import java.util.List;
import org.optout.letter.ExtraVariable;
import org.optout.letter.LetterModel;

/**
 * What the collective complaint and its member annex show, exposed to their templates as {@code complaint}. Built
 * from the records only ({@link org.optout.campaign.Association}, {@link MemberRequest}, the catalogue): the complaint states counts and
 * date ranges, never what a controller wrote, and the annex one row per member. Dates are formatted in the
 * document's language, long in the text and short in the table.
 *
 * @param lang the language code ("fr", "en", "nl", "de")
 * @param date the complaint's date
 * @param sender the association's letterhead (name, address, country, e-mail)
 * @param recipient the authority's address block
 * @param platformName the platform's name as it writes it
 * @param requiresSignature the authority requires a dated and signed complaint (APD)
 */
public record CollectiveModel(String lang, String date, LetterModel.Sender sender, AssociationInfo association,
                              LetterModel.Recipient recipient, ComplaintModel.AuthorityInfo authority,
                              ComplaintModel.ControllerInfo controller, String platformName, Facts facts,
                              List<Row> rows, Files files, boolean requiresSignature) implements ExtraVariable {
    public CollectiveModel {
        rows = List.copyOf(rows);
    }

    @Override
    public String variableName() {
        return "complaint";
    }

    /**
     * The association beyond its letterhead.
     *
     * @param country the name of the country whose law it is constituted under, in the document's language
     * @param signature the signatory's handwritten signature as a {@code data:} URI, or null
     */
    public record AssociationInfo(String name, String legalForm, String registrationNumber, String country,
                                  String signatoryName, String signatoryRole, String signature) {
    }

    /**
     * The facts the complaint states, counted over the members included.
     *
     * @param members how many members the complaint is lodged for
     * @param refused how many were refused; {@code refusedLate} of them after the deadline
     * @param overdue how many have no answer although the deadline passed
     * @param reminded how many sent at least one reminder
     * @param channels the channels the objections went by: "email", "form", "post", "setting"
     * @param sentFrom the first objection's date; {@code sentTo} the last one's (equal for one day)
     * @param refusedFrom the first refusal's date, or null when none was refused
     * @param deadlineFrom the earliest deadline passed without an answer, or null when none is overdue
     * @param mandatesFrom the first mandate's date; {@code mandatesTo} the last one's
     * @param mandatesEnclosed how many signed mandates are in the dossier (annex 2); the others are kept by the
     *     association
     * @param evidenceFiles how many evidence files annex 3 holds
     */
    public record Facts(int members, int refused, int refusedLate, int overdue, int reminded, List<String> channels,
                        String sentFrom, String sentTo, String refusedFrom, String refusedTo, String deadlineFrom,
                        String deadlineTo, String mandatesFrom, String mandatesTo, int mandatesEnclosed,
                        int evidenceFiles) {
        public Facts {
            channels = List.copyOf(channels);
        }
    }

    /**
     * One member in the annex.
     *
     * @param account how the platform knows the member, or null
     * @param sentOn the day the objection was sent, or null
     * @param channel "email", "form", "post" or "setting", or null
     * @param outcome "refused" or "overdue"
     * @param refusedOn the refusal's date, for "refused"
     * @param deadline the answer's deadline, or null
     * @param lastReminder the latest reminder's date, or null
     * @param mandateFile the mandate's file in the dossier, or null when the association keeps it
     */
    public record Row(int number, String memberId, String name, String account, String requestId, String sentOn,
                      String channel, String outcome, String refusedOn, String deadline, String lastReminder,
                      String mandateOn, String mandateFile, List<Ref> evidence) {
        public Row {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A file of annex 3, as the annex names it.
     *
     * @param shortHash the first characters of its recorded SHA-256, or null when none was recorded
     */
    public record Ref(String role, String file, String shortHash) {
    }

    /**
     * The dossier's files and folders, as the complaint names its annexes.
     *
     * @param statutes the statutes' file (annex 4), or null when the association gave none
     */
    public record Files(String complaint, String members, String mandates, String evidence, String statutes,
                        String sums) {
    }
}
