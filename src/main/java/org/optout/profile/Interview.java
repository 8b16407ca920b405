package org.optout.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.optout.AppException;
import org.optout.schema.YamlDocuments;
import org.optout.schema.YamlDocuments.ValueProblem;

/**
 * Asks one question until the answer is valid: a refused answer gets one line saying why, and after
 * {@value #TRIES} refusals, or at the end of the input, the wizard gives up with one line (exit code 3).
 */
final class Interview {
    static final int TRIES = 3;

    private final Conversation conversation;
    private final YamlDocuments documents;

    Interview(Conversation conversation, YamlDocuments documents) {
        this.conversation = conversation;
        this.documents = documents;
    }

    /** What a check makes of an answer: the value to keep, or the key (and arguments) of why it is refused. */
    record Verdict<T>(T value, String refusal, List<Object> args) {
        static <T> Verdict<T> ok(T value) {
            return new Verdict<>(value, null, List.of());
        }

        static <T> Verdict<T> no(String refusal, Object... args) {
            return new Verdict<>(null, refusal, List.of(args));
        }
    }

    /** A question: its text key and arguments. */
    record Question(String key, Object... args) {
    }

    Conversation conversation() {
        return conversation;
    }

    /** Asks a question that needs an answer. */
    <T> T required(Question question, Function<String, Verdict<T>> check) {
        return ask(question, false, null, check);
    }

    /** Asks a question that may be left blank, which gives {@code blank}. */
    <T> T optional(Question question, T blank, Function<String, Verdict<T>> check) {
        return ask(question, true, blank, check);
    }

    private <T> T ask(Question question, boolean optional, T blank, Function<String, Verdict<T>> check) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            String answer = conversation.ask(question.key(), question.args());
            if (answer == null) {
                throw AppException.invalidData(conversation.text("profile.error.input_ended",
                        conversation.text(question.key(), question.args())));
            }
            if (answer.isEmpty() && optional) {
                return blank;
            }
            Verdict<T> verdict = answer.isEmpty() ? Verdict.no("profile.refused.required") : check.apply(answer);
            if (verdict.refusal() == null) {
                return verdict.value();
            }
            conversation.note(verdict.refusal(), verdict.args().toArray());
        }
        throw AppException.invalidData(conversation.text("profile.error.tries", TRIES,
                conversation.text(question.key(), question.args())));
    }

    /**
     * A check by the profile schema's rule at {@code pointer} (e.g. {@code /properties/phone}): the answer is
     * refused as too long, or with the field's own reason ({@code profile.refused.FIELD}).
     */
    Function<String, Verdict<String>> schema(String pointer, String field) {
        return answer -> {
            Optional<ValueProblem> problem = documents.check("profile", pointer, answer);
            if (problem.isEmpty()) {
                return Verdict.ok(answer);
            }
            return switch (problem.get().keyword()) {
                case "maxLength" -> Verdict.no("profile.refused.too_long", problem.get().limit());
                case "minLength" -> Verdict.no("profile.refused.required");
                default -> Verdict.no("profile.refused." + field, answer);
            };
        };
    }
}
