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
     * The problems of the profile at {@code file}, one line each starting with {@code label}; empty when it is valid.
     * A file the loader refuses gives one problem (the first, as letters would report it).
     */
    public List<String> problems(Path file, String label) {
        Profile profile;
        try {
            profile = loader.load(file, label);
        } catch (AppException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (profile.signatureImage() != null) {
            try {
                images.extension(profile.signatureImage());
            } catch (AppException e) {
                problems.add(label + ": field `signature_image`: " + e.getMessage());
            }
        }
        new TreeMap<>(profile.accounts()).forEach((id, value) -> {
            Platform platform = platforms.get(id);
            if (platform == null) {
                problems.add(label + ": field `accounts." + id + "`: no platform '" + id + "' in the catalogue"
                        + " ('optout platforms' lists them)");
            } else if (!platform.accountIdentifiers().contains(AccountIdentifier.of(value))) {
                problems.add(label + ": field `accounts." + id + "`: '" + value + "' is a "
                        + AccountIdentifier.of(value).key() + "; " + platform.name() + " identifies accounts by "
                        + platform.accountIdentifiers().stream().map(AccountIdentifier::key)
                                .collect(Collectors.joining(" or ")));
            }
        });
        return problems;
    }
}
