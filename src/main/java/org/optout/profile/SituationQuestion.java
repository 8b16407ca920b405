package org.optout.profile;

import java.util.List;
import org.optout.catalogue.Language;
import org.optout.profile.Interview.Question;
import org.optout.profile.Interview.Verdict;

/**
 * The particular situation (GDPR art. 21(1)): one of the typical ones, which the user may then replace with
 * their own words, or their own paragraph, or none; within the schema's length.
 */
final class SituationQuestion {
    private final Interview interview;

    SituationQuestion(Interview interview) {
        this.interview = interview;
    }

    /** The paragraph, in the letters' language, or null. */
    String ask(Language language) {
        Conversation c = interview.conversation();
        List<Situations.Situation> typical = Situations.all();
        c.say("profile.situation.intro");
        for (int i = 0; i < typical.size(); i++) {
            c.note("profile.situation.item", i + 1, typical.get(i).title().in(language));
        }
        String own = c.text("profile.word.own");
        Integer choice = interview.optional(new Question("profile.ask.situation", typical.size(), own), null,
                answer -> {
                    if (answer.equalsIgnoreCase(own) || answer.equalsIgnoreCase("w")) {
                        return Verdict.ok(0);
                    }
                    if (answer.matches("\\d{1,2}") && Integer.parseInt(answer) >= 1
                            && Integer.parseInt(answer) <= typical.size()) {
                        return Verdict.ok(Integer.parseInt(answer));
                    }
                    return Verdict.no("profile.refused.situation_choice", typical.size(), own);
                });
        if (choice == null) {
            return null;
        }
        if (choice == 0) {
            return interview.optional(new Question("profile.ask.situation_own"), null,
                    interview.schema("/properties/situation", "situation"));
        }
        String text = typical.get(choice - 1).text(language);
        c.note("profile.situation.text", text);
        String edited = interview.optional(new Question("profile.ask.situation_edit"), null,
                interview.schema("/properties/situation", "situation"));
        return edited == null ? text : edited;
    }
}
