package org.optout.report;

/**
 * How the controller has answered a platform's requests, in four disjoint counts that add up to the requests sent.
 * From the tracker: {@code ANSWERED} and {@code SETTING_DONE} are answered; {@code REFUSED} and {@code COMPLAINED}
 * refused; a status that {@linkplain org.optout.tracker.RequestStatus#awaitingAnswer() awaits an answer} is
 * unanswered or, once {@linkplain org.optout.tracker.TrackedRequest#overdue overdue}, overdue.
 *
 * @param answered the controller answered and did what was asked (or confirmed it)
 * @param refused the controller refused
 * @param unanswered no answer yet, and the deadline has not passed
 * @param overdue no answer, and the deadline has passed
 */
public record Answers(int answered, int refused, int unanswered, int overdue) {
    public static final Answers NONE = new Answers(0, 0, 0, 0);

    public Answers {
        Counts.requireNotNegative("answered", answered);
        Counts.requireNotNegative("refused", refused);
        Counts.requireNotNegative("unanswered", unanswered);
        Counts.requireNotNegative("overdue", overdue);
    }

    /** The requests these counts cover. */
    public long total() {
        return (long) answered + refused + unanswered + overdue;
    }
}
