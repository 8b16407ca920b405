package org.optout.catalogue;

import org.optout.ui.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.optout.AppException;

/** The loaded, cross-checked catalogue: platforms and authorities by id. */
public final class Catalogue {
    private final Map<String, Platform> platforms;
    private final Map<String, Authority> authorities;

    Catalogue(Map<String, Platform> platforms, Map<String, Authority> authorities) {
        this.platforms = sorted(platforms);
        this.authorities = sorted(authorities);
    }

    /** All platforms, sorted by id. */
    public List<Platform> platforms() {
        return List.copyOf(platforms.values());
    }

    /** All authorities, sorted by id. */
    public List<Authority> authorities() {
        return List.copyOf(authorities.values());
    }

    /**
     * The platform with this id.
     *
     * @throws AppException a usage error naming the closest known id
     */
    public Platform platform(String id) {
        Platform platform = platforms.get(id);
        if (platform == null) {
            throw AppException.usage(Message.of("error.unknown_platform", id, closest(id, platforms.keySet())
                    .map(best -> (Object) Message.of("error.did_you_mean", best)).orElse("")));
        }
        return platform;
    }

    public Optional<Authority> authority(String id) {
        return Optional.ofNullable(authorities.get(id));
    }

    /** The platform's lead authority, when the catalogue names one. */
    public Optional<Authority> leadAuthorityOf(Platform platform) {
        return platform.leadAuthority().authorityId().flatMap(this::authority);
    }

    /** " (did you mean …?)" when a known id is close to {@code wrong}, else "". */
    public static String suggestion(String wrong, Iterable<String> known) {
        return closest(wrong, known).map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    /** The known id close enough to {@code wrong} to be what the user meant, if any. */
    public static Optional<String> closest(String wrong, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(wrong.toLowerCase(), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, wrong.length() / 2) ? Optional.of(best) : Optional.empty();
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static <T> Map<String, T> sorted(Map<String, T> map) {
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.naturalOrder());
        Map<String, T> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, map.get(k)));
        return result;
    }
}
