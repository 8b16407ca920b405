package org.optout.letter;

/**
 * The facts of a reminder, exposed to the reminder templates as the variable {@code reminder}. Dates are
 * formatted in the letter's language.
 *
 * @param requestId the tracker id of the original request, e.g. "R7"
 * @param receivedDate null when the date of receipt is unknown
 * @param channel how the original was sent: "email", "form", "post" or "setting"
 * @param reference the original's Message-ID, case number or tracking number, or null
 * @param deadline the legal deadline that passed
 * @param graceDate the date the answer is now expected by (a courtesy delay of 14 days)
 * @param extended whether the deadline is the extended one
 */
public record ReminderModel(String requestId, String sentDate, String receivedDate, String channel, String reference,
                            String deadline, String graceDate, boolean extended) implements ExtraVariable {
    @Override
    public String variableName() {
        return "reminder";
    }
}
