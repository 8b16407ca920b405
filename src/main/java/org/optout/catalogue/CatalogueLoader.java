package org.optout.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.schema.YamlDocuments;
import org.optout.ui.Message;

/**
 * Loads the catalogue: the copy bundled in optout, optionally overlaid by a user directory whose entries replace
 * the bundled ones with the same id and add new ones. Every file is schema-validated, ids are unique within a
 * directory, and every authority reference resolves, so a catalogue that loads is safe to use.
 */
public final class CatalogueLoader {
    /** Entries not verified for longer than this are reported by {@code catalogue check}. */
    public static final int STALE_AFTER_DAYS = 180;

    private final YamlDocuments documents;
    private final CatalogueSource bundled;

    /**
     * @param bundled the root of the bundled catalogue (a directory or a folder inside the optout jar)
     */
    public CatalogueLoader(YamlDocuments documents, Path bundled) {
        this(documents, CatalogueSource.folder(bundled));
    }

    /**
     * @param bundled the bundled catalogue. Its files are not validated against the schemas again when loaded:
     *     the build does it (and {@code catalogue check}); a user's catalogue always is.
     */
    public CatalogueLoader(YamlDocuments documents, CatalogueSource bundled) {
        this.documents = documents;
        this.bundled = bundled;
    }

    /** The bundled catalogue, overlaid by {@code overlay} when it is not null. */
    public Catalogue load(Path overlay) {
        Entries entries = read(bundled.folder(), "catalogue", false);
        if (overlay != null) {
            requireDirectory(overlay);
            entries.overlay(read(overlay, overlay.toString(), true));
        }
        return crossCheck(entries);
    }

    /**
     * Only the platforms {@code ids} and their lead authorities, read from {@code platforms/<id>.yaml} (the overlay's
     * first): a letter to one platform does not parse the whole catalogue. An id with no such file falls back to
     * the full load, which names the closest id.
     */
    public Catalogue loadOnly(Path overlay, List<String> ids) {
        if (overlay != null) {
            requireDirectory(overlay);
        }
        Entries entries = new Entries();
        for (String id : ids) {
            Optional<Entry<Platform>> platform =
                    single(overlay, "platforms", id, "platform", Platform.class, Platform::id);
            if (platform.isEmpty()) {
                return load(overlay);
            }
            entries.platforms.put(id, platform.get().value());
            entries.labels.put("p:" + id, platform.get().label());
            platform.get().value().leadAuthority().authorityId().ifPresent(ref ->
                    single(overlay, "authorities", ref, "authority", Authority.class, Authority::id).ifPresent(a -> {
                        entries.authorities.put(ref, a.value());
                        entries.labels.put("a:" + ref, a.label());
                    }));
        }
        return crossCheck(entries);
    }

    private record Entry<T>(T value, String label) {
    }

    private <T> Optional<Entry<T>> single(Path overlay, String folder, String id, String schema, Class<T> type,
                                          Function<T, String> idOf) {
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            return Optional.empty();
        }
        if (overlay != null) {
            for (String extension : new String[] {".yaml", ".yml"}) {
                Path file = overlay.resolve(folder).resolve(id + extension);
                String label = overlay + "/" + folder + "/" + id + extension;
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    requireRegularFile(file, label);
                    T value = documents.read(file, label, schema, type);
                    requireIdIsFileName(idOf.apply(value), id, label);
                    return Optional.of(new Entry<>(value, label));
                }
            }
        }
        String name = folder + "/" + id + ".yaml";
        String label = "catalogue/" + name;
        try {
            Optional<Entry<T>> entry = bundled.read(name)
                    .map(yaml -> new Entry<>(documents.readPrevalidated(yaml, label, type), label));
            entry.ifPresent(e -> requireIdIsFileName(idOf.apply(e.value()), id, label));
            return entry;
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label, PrivateFiles.why(e)), e);
        }
    }

    /** A symbolic link, directory or FIFO among a user's entries is a mistake to report, not to skip or wait on. */
    private static void requireRegularFile(Path file, String label) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw AppException.invalidData(Message.of("catalogue.not_regular", label));
        }
    }

    private static void requireIdIsFileName(String id, String stem, String label) {
        if (!stem.equals(id)) {
            throw AppException.invalidData(Message.of("doc.in_field_of", label, "id",
                    Message.of("catalogue.id_not_file_name", id, stem)));
        }
    }

    /**
     * Checks a catalogue as optout uses it. With {@code overlay}, that directory (every file validated) over the
     * bundled catalogue, exactly as {@code --catalogue} loads it, so it may refer to bundled authorities; without,
     * the bundled catalogue itself, every file validated. Warns about the checked directory's entries whose
     * {@code last_verified} is older than {@value #STALE_AFTER_DAYS} days before {@code today}.
     */
    public CheckResult check(Path overlay, LocalDate today) {
        Entries own;
        Entries all;
        if (overlay == null) {
            own = read(bundled.folder(), "catalogue", true);
            all = own;
        } else {
            requireDirectory(overlay);
            own = read(overlay, overlay.toString(), true);
            if (own.platforms.isEmpty() && own.authorities.isEmpty()) {
                throw AppException.invalidData(Message.of("catalogue.empty_overlay", overlay));
            }
            all = read(bundled.folder(), "catalogue", false);
        }
        Changes platforms = Changes.NONE;
        Changes authorities = Changes.NONE;
        if (overlay != null) {
            platforms = Changes.of(own.platforms.keySet(), all.platforms.keySet());
            authorities = Changes.of(own.authorities.keySet(), all.authorities.keySet());
            all.overlay(own);
        }
        Catalogue catalogue = crossCheck(all);
        if (catalogue.platforms().isEmpty()) {
            throw AppException.invalidData(bundled.folder() + ": no platform files under platforms/");
        }
        List<String> warnings = new ArrayList<>();
        own.platforms.values().forEach(p -> stale(own.labels.get("p:" + p.id()), p.lastVerified(), today)
                .ifPresent(warnings::add));
        own.authorities.values().forEach(a -> stale(own.labels.get("a:" + a.id()), a.lastVerified(), today)
                .ifPresent(warnings::add));
        return new CheckResult(catalogue.platforms().size(), catalogue.authorities().size(), platforms, authorities,
                warnings);
    }

    /**
     * What {@link #check} found: the counts optout works with, what the overlay adds to or replaces in the bundled
     * catalogue (both empty when the bundled catalogue itself is checked), and warnings that do not make the
     * catalogue invalid.
     */
    public record CheckResult(int platforms, int authorities, Changes platformChanges, Changes authorityChanges,
                              List<String> warnings) {
        public CheckResult {
            warnings = List.copyOf(warnings);
        }
    }

    /** The ids an overlay adds to the bundled catalogue and those it overrides, sorted. */
    public record Changes(List<String> added, List<String> overridden) {
        static final Changes NONE = new Changes(List.of(), List.of());

        public Changes {
            added = List.copyOf(added);
            overridden = List.copyOf(overridden);
        }

        static Changes of(Set<String> overlay, Set<String> bundled) {
            return new Changes(overlay.stream().filter(id -> !bundled.contains(id)).sorted().toList(),
                    overlay.stream().filter(bundled::contains).sorted().toList());
        }
    }

    private static Optional<String> stale(String label, LocalDate verified, LocalDate today) {
        long days = ChronoUnit.DAYS.between(verified, today);
        return days > STALE_AFTER_DAYS
                ? Optional.of(label + ": last_verified " + verified + " is " + days + " days old (over "
                        + STALE_AFTER_DAYS + "): re-check its facts")
                : Optional.empty();
    }

    private static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw AppException.invalidData(Message.of("dir.not_a_directory", "--catalogue", dir));
        }
    }

    /** @param validate whether to validate each file against its schema (not for the bundled catalogue) */
    private Entries read(Path root, String rootLabel, boolean validate) {
        Entries entries = new Entries();
        readAll(root, rootLabel, "platforms", validate ? "platform" : null, Platform.class, Platform::id,
                entries.platforms, entries.labels, "p:");
        readAll(root, rootLabel, "authorities", validate ? "authority" : null, Authority.class, Authority::id,
                entries.authorities, entries.labels, "a:");
        return entries;
    }

    /** @param schema the schema to validate each file against, or null not to validate */
    private <T> void readAll(Path root, String rootLabel, String folder, String schema, Class<T> type,
                             Function<T, String> id, Map<String, T> into, Map<String, String> labels,
                             String keyPrefix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return;
        }
        Map<String, String> seen = new HashMap<>();
        for (Path file : yamlFiles(dir, rootLabel + "/" + folder)) {
            String label = rootLabel + "/" + folder + "/" + file.getFileName();
            if (schema != null) {
                requireRegularFile(file, label);
            }
            T entry = schema != null ? documents.read(file, label, schema, type)
                    : documents.readPrevalidated(file, label, type);
            requireIdIsFileName(id.apply(entry), file.getFileName().toString().replaceFirst("\\.ya?ml$", ""), label);
            String previous = seen.putIfAbsent(id.apply(entry), label);
            if (previous != null) {
                throw AppException.invalidData(Message.of("doc.in_field_of", label, "id",
                        Message.of("catalogue.duplicate_id", id.apply(entry), previous)));
            }
            into.put(id.apply(entry), entry);
            labels.put(keyPrefix + id.apply(entry), label);
        }
    }

    private static List<Path> yamlFiles(Path dir, String label) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label, PrivateFiles.why(e)), e);
        }
    }

    /** Catalogue dates are dates a person could mean (a year typo is refused, as on the command line). */
    private static void checkDates(Entries entries) {
        for (Platform p : entries.platforms.values()) {
            String label = entries.labels.get("p:" + p.id());
            checkDate(label, "last_verified", p.lastVerified());
            if (p.legalBasis() != null) {
                checkDate(label, "legal_basis.policy_date", p.legalBasis().policyDate());
            }
            p.sources().forEach(source -> checkDate(label, "sources[].date", source.date()));
        }
        for (Authority a : entries.authorities.values()) {
            String label = entries.labels.get("a:" + a.id());
            checkDate(label, "last_verified", a.lastVerified());
            a.sources().forEach(source -> checkDate(label, "sources[].date", source.date()));
        }
    }

    private static void checkDate(String label, String field, java.time.LocalDate date) {
        if (date != null) {
            org.optout.deadline.DateRange.problem(date).ifPresent(problem -> {
                throw AppException.invalidData(Message.of("doc.in_field_of", label, field, problem));
            });
        }
    }

    private static Catalogue crossCheck(Entries entries) {
        checkDates(entries);
        for (Platform platform : entries.platforms.values()) {
            for (Platform.ReplyDomain domain : platform.replyDomains()) {
                if (platform.sources().stream().noneMatch(source -> domain.source().equals(source.url()))) {
                    throw AppException.invalidData(entries.labels.get("p:" + platform.id())
                            + ": field `reply_domains`: the source of " + domain.domain() + " (" + domain.source()
                            + ") is not among the platform's sources");
                }
            }
            platform.leadAuthority().authorityId().ifPresent(ref -> {
                if (!entries.authorities.containsKey(ref)) {
                    throw AppException.invalidData(Message.of("doc.in_field_of", entries.labels.get("p:"
                            + platform.id()), "lead_authority.authority", Message.of("catalogue.unknown_authority",
                            ref, Catalogue.closest(ref, entries.authorities.keySet())
                                    .map(b -> (Object) Message.of("error.did_you_mean", b)).orElse(""))));
                }
            });
        }
        return new Catalogue(entries.platforms, entries.authorities);
    }

    private static final class Entries {
        final Map<String, Platform> platforms = new LinkedHashMap<>();
        final Map<String, Authority> authorities = new LinkedHashMap<>();
        final Map<String, String> labels = new HashMap<>();

        /** {@code user}'s entries replace those with the same id and add the others. */
        void overlay(Entries user) {
            platforms.putAll(user.platforms);
            authorities.putAll(user.authorities);
            labels.putAll(user.labels);
        }
    }
}
