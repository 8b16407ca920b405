package org.optout.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.optout.AppException;
import org.optout.catalogue.Platform;
import org.optout.catalogue.Platform.AccountIdentifier;
import org.optout.ui.Message;

/**
 * Checks a profile file the way letters will use it: the schema and the loader's rules, the signature image (found,
 * readable, a PNG or JPEG within the size and pixel bounds), and each account identifier against the catalogue
 * (a platform it has, an identifier of a kind the platform uses).
 */
public final class ProfileCheck {
    private final ProfileLoader loader;
    private final Map<String, Platform> platforms;
    private final ProfileWizard.ImageCheck images;

    public ProfileCheck(ProfileLoader loader, List<Platform> platforms, ProfileWizard.ImageCheck images) {
        this.loader = loader;
        this.platforms = platforms.stream().collect(Collectors.toMap(Platform::id, Function.identity()));
        this.images = images;
    }

    /**
     * The problems of the profile at {@code file}, one line each starting with {@code label}, for the cli to put
     * into the interface language; empty when it is valid. A file the loader refuses gives one problem (the first,
     * as letters would report it).
     */
    public List<Message> problems(Path file, String label) {
        Profile profile;
        try {
            profile = loader.load(file, label);
        } catch (AppException e) {
            return List.of(told(e));
        }
        List<Message> problems = new ArrayList<>();
        if (profile.signatureImage() != null) {
            try {
                images.extension(profile.signatureImage());
            } catch (AppException e) {
                problems.add(Message.of("profile.check.signature", label, told(e)));
            }
        }
        new TreeMap<>(profile.accounts()).forEach((id, value) -> {
            Platform platform = platforms.get(id);
            if (platform == null) {
                problems.add(Message.of("profile.check.no_platform", label, id));
            } else if (!platform.accountIdentifiers().contains(AccountIdentifier.of(value))) {
                problems.add(Message.of("profile.check.wrong_identifier", label, id, value,
                        kind(AccountIdentifier.of(value)), platform.name(), kinds(platform.accountIdentifiers())));
            }
        });
        return problems;
    }

    private static Message kind(AccountIdentifier identifier) {
        return Message.of("profile.kind." + identifier.key());
    }

    /** "email address or user name (@name)", in the interface language. */
    private static Message kinds(List<AccountIdentifier> identifiers) {
        Message words = kind(identifiers.get(identifiers.size() - 1));
        for (int i = identifiers.size() - 2; i >= 0; i--) {
            words = Message.of("profile.check.either", kind(identifiers.get(i)), words);
        }
        return words;
    }

    /** The error as the cli will tell it: its message if it has one, else its (English) text as it is. */
    private static Message told(AppException e) {
        return e.text().orElseGet(() -> Message.of("doc.detail", e.getMessage()));
    }
}
