package org.optout.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.optout.catalogue.Platform;
import org.optout.catalogue.Platform.AccountIdentifier;
import org.optout.profile.Interview.Question;
import org.optout.profile.Interview.Verdict;

/**
 * Which platforms of the catalogue the user has an account on, and how each identifies it: an identifier of a
 * kind the catalogue lists for the platform ({@code account_identifiers}), within the schema's rule.
 */
final class AccountQuestions {
    private final Interview interview;
    private final List<Platform> platforms;

    AccountQuestions(Interview interview, List<Platform> platforms) {
        this.interview = interview;
        this.platforms = List.copyOf(platforms);
    }

    /** The identifiers by platform id; a platform the letters identify by the profile's email or phone is left out. */
    Map<String, String> ask(String email, String phone) {
        Conversation c = interview.conversation();
        c.say("profile.accounts.intro");
        for (Platform platform : platforms) {
            c.note("profile.accounts.platform", platform.id(), platform.name(), kinds(platform));
        }
        List<Platform> picked = interview.optional(new Question("profile.ask.accounts"), List.of(), this::pick);
        Map<String, String> accounts = new LinkedHashMap<>();
        for (Platform platform : picked) {
            String value;
            if (platform.accountIdentifiers().contains(AccountIdentifier.EMAIL)) {
                value = interview.optional(new Question("profile.ask.account_or_email", platform.name(),
                        kinds(platform), email), null, answer -> identifier(platform, answer));
            } else if (phone != null && platform.accountIdentifiers().contains(AccountIdentifier.PHONE)) {
                value = interview.optional(new Question("profile.ask.account_or_phone", platform.name(),
                        kinds(platform), phone), null, answer -> identifier(platform, answer));
            } else {
                value = interview.required(new Question("profile.ask.account", platform.name(), kinds(platform)),
                        answer -> identifier(platform, answer));
            }
            if (value != null) {
                accounts.put(platform.id(), value);
            }
        }
        return accounts;
    }

    private Verdict<List<Platform>> pick(String answer) {
        Conversation c = interview.conversation();
        String lower = answer.toLowerCase(Locale.ROOT);
        if (lower.equals("all") || lower.equals(c.text("profile.word.all").toLowerCase(Locale.ROOT))) {
            return Verdict.ok(platforms);
        }
        if (lower.equals("none") || lower.equals(c.text("profile.word.none").toLowerCase(Locale.ROOT))) {
            return Verdict.ok(List.of());
        }
        List<Platform> picked = new ArrayList<>();
        for (String id : lower.split("[,;\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            Platform platform = platforms.stream()
                    .filter(p -> p.id().equals(id) || p.name().toLowerCase(Locale.ROOT).equals(id))
                    .findFirst().orElse(null);
            if (platform == null) {
                return Verdict.no("profile.refused.platform", id);
            }
            if (!picked.contains(platform)) {
                picked.add(platform);
            }
        }
        return Verdict.ok(picked);
    }

    private Verdict<String> identifier(Platform platform, String answer) {
        Verdict<String> schema = interview.schema("/properties/accounts/additionalProperties", "account").apply(answer);
        if (schema.refusal() != null) {
            return schema;
        }
        if (!platform.accountIdentifiers().contains(AccountIdentifier.of(answer))) {
            return Verdict.no("profile.refused.account_kind", platform.name(), kinds(platform));
        }
        return Verdict.ok(answer);
    }

    /** "profile URL or email address", in the interface language. */
    private String kinds(Platform platform) {
        Conversation c = interview.conversation();
        return platform.accountIdentifiers().stream().map(k -> c.text("profile.kind." + k.key()))
                .collect(Collectors.joining(c.text("profile.word.or")));
    }
}
