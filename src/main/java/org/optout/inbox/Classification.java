package org.optout.inbox;

import java.util.Objects;
import org.optout.catalogue.Language;

/**
 * The class optout suggests for a reply.
 *
 * @param language the language the reply seems written in, or null when none of optout's languages is recognised
 * @param caseNumber the case or ticket number the reply gives, or null
 */
public record Classification(ReplyClass replyClass, Language language, String caseNumber) {
    public Classification {
        Objects.requireNonNull(replyClass, "replyClass");
    }
}
