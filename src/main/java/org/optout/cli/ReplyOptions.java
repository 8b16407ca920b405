package org.optout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.Platform;
import org.optout.inbox.ReplyClassifier;
import org.optout.inbox.ReplyIntake;
import org.optout.inbox.ReplyMatcher;
import org.optout.profile.Profile;
import org.optout.schema.YamlDocuments;
import org.optout.tracker.RequestStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code inbox} and {@code requests import} share: tracker, catalogue, profile, {@code --dry-run}, {@code --json}. */
final class ReplyOptions {
    @Mixin
    TrackerOption tracker;

    @Mixin
    CatalogueOption catalogue;

    @Mixin
    ProfileOption profile;

    @Option(names = "--dry-run", description = "Show what would be matched and recorded; record nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "As a JSON array, one object per message: origin, outcome, sender, "
            + "subject, request, confidence, why, reply_class, language, case_number, reply_event, acknowledged, date, next.")
    boolean json;

    /** The intake, over the tracker, matching with the catalogue's reply domains and the profile's identifiers. */
    ReplyIntake intake(AppContext context, RequestStore store) {
        YamlDocuments documents = new YamlDocuments();
        Catalogue platforms = catalogue.load(context, documents);
        Map<String, Set<String>> domains = new LinkedHashMap<>();
        for (Platform p : platforms.platforms()) {
            domains.put(p.id(), p.replyDomainNames());
        }
        List<String> identifiers = new ArrayList<>();
        profile.loadIfAny(context, documents).ifPresent((Profile p) -> {
            identifiers.add(p.email());
            identifiers.addAll(p.accounts().values());
        });
        return new ReplyIntake(store, tracker.documents(context), new ReplyMatcher(domains, identifiers),
                new ReplyClassifier(), context.clock(), dryRun);
    }
}
