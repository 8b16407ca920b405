package org.optout.complaint;

import java.util.List;
import org.optout.letter.ExtraVariable;

/**
 * The facts of a complaint, exposed to the complaint templates as {@code complaint}. Built from the tracker only,
 * except {@link #rebuttal} (the user's own answer to the refusal): nothing else here is typed in. Dates are
 * formatted in the complaint's language.
 *
 * @param forced the complaint was drafted with --force although it is not yet possible ({@link #possibleFrom})
 * @param possibleFrom when a complaint is normally possible (the day after the deadline), shown when forced
 * @param graceEnd the end of the grace period a reminder gave, when the complaint was forced before it; else null
 * @param missingProof the steps of the chronology with no evidence (drafted with --force); empty when all are proven
 * @param grounds what the controller gave as grounds for refusing, quoted from its reply or the user's note; null
 *     when there is no refusal
 * @param rebuttal the user's own answer to those grounds, or null
 * @param association the not-for-profit body lodging the complaint under art. 80(1), or null
 * @param requiresSignature the authority requires a dated and signed complaint (APD)
 * @param form the authority's online form, field by field, or null when it has none in the catalogue
 * @param uploads the files to upload or enclose with the complaint, in order (the complaint PDF first)
 */
public record ComplaintModel(String requestId, AuthorityInfo authority, ControllerInfo controller,
                             List<ChronologyRow> chronology, String deadline, boolean silence, boolean refused,
                             String refusedDate, List<String> infringements, List<Annex> annexes, boolean forced,
                             String possibleFrom, String graceEnd, List<MissingProof> missingProof, Grounds grounds,
                             String rebuttal, boolean confidential, String association, boolean requiresSignature,
                             FormInfo form, List<String> uploads)
        implements ExtraVariable {

    public ComplaintModel {
        chronology = List.copyOf(chronology);
        infringements = List.copyOf(infringements);
        annexes = List.copyOf(annexes);
        missingProof = List.copyOf(missingProof);
        uploads = List.copyOf(uploads);
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
     * @param leadIsThisAuthority the complaint goes to the lead authority itself (no cooperation to ask for)
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
     *     "reminder", "answered", "refused", "deadline", "grace_end" or "no_answer"
     * @param annex the number of the annex proving it, or null
     */
    public record ChronologyRow(String date, String event, String channel, String reference, Integer annex) {
    }

    /**
     * One annex.
     *
     * @param role "letter", "eml", "reminder", "reply", "reply_text", "proof" (a confirmation, screenshot or
     *     receipt of a step), "attachment" or "index"
     */
    public record Annex(int number, String role, String fileName, String sha256) {
    }

    /**
     * A step of the chronology that has no evidence.
     *
     * @param event the chronology key of the step ("sent", "received", "refused", "answered", "reminder")
     * @param channel for "sent" and "received": "email", "form", "post" or "setting"; else null
     */
    public record MissingProof(String date, String event, String channel) {
    }

    /**
     * The grounds the controller gave for refusing.
     *
     * @param text the controller's words (from its reply) or the user's summary of them (from the note)
     * @param fromReply whether {@code text} quotes the reply itself; false when it is the user's summary
     * @param shortened the quotation is an excerpt; the whole reply is in {@code annex}
     * @param annex the annex holding the reply, or null
     */
    public record Grounds(String text, boolean fromReply, boolean shortened, Integer annex) {
    }

    /**
     * The authority's online complaint form.
     *
     * @param fields its fields in order, labels in the complaint's language; empty when the catalogue does not list
     *     them (the template then lays out the usual sections of a complaint)
     * @param toVerify the field list is unconfirmed: the text must say so
     */
    public record FormInfo(String url, List<FormField> fields, String note, boolean toVerify) {
        public FormInfo {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One form field.
     *
     * @param key complainant, contact, account, controller, controller_address, right_exercised, dates,
     *     previous_steps, facts, grounds, remedy, uploads or confidential
     * @param maxChars the field's length limit, or null
     */
    public record FormField(String key, String label, Integer maxChars) {
    }
}
