package org.optout.campaign;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.tracker.DocumentStore;
import org.optout.tracker.StoredDocument;
import org.optout.ui.Message;

/**
 * {@code campaign mandates}: records the signed mandates an association has collected, from a folder of files named
 * after the members ({@link MandateFile}). Each is stored in the tracker's document store (by its SHA-256: the same
 * file twice is stored once) and recorded as its member's signed mandate, with the date it was signed: the one given
 * for the whole folder, else the member's own date from the members file. A file that cannot be taken is refused
 * with its reason and the others are recorded; a run with the same files changes nothing.
 */
public final class CampaignMandates {
    /** The most entries a folder may hold: more than any campaign's members. */
    static final int MAX_FILES = 200_000;
    /** The document-store role of a signed mandate copy. */
    static final String ROLE = "mandate-signed";

    private final CampaignStore campaigns;
    private final DocumentStore documents;

    public CampaignMandates(CampaignStore campaigns, DocumentStore documents) {
        this.campaigns = campaigns;
        this.documents = documents;
    }

    /** What a run did: how many files had each outcome, and how many were refused. */
    public record Result(Map<CampaignStore.Recorded, Integer> counts, int refused) {
        public Result {
            counts = Map.copyOf(counts);
        }

        public int count(CampaignStore.Recorded outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    /** A file refused, and why (its message names it). */
    public record Refusal(String file, Message why) {
    }

    /**
     * Records the signed mandates in {@code folder}.
     *
     * @param label how the folder is named in messages (as the user gave it)
     * @param signedOn the day every mandate of the folder was signed, or null to take each member's own date
     * @param dryRun check and count everything, store nothing
     * @param refusals told each refused file, in file-name order
     * @throws AppException a usage error for an unknown campaign, a date out of range or a folder that cannot be
     *     listed (nothing recorded)
     */
    public Result run(String campaign, Path folder, String label, LocalDate signedOn, LocalDate today,
                      boolean dryRun, Consumer<Refusal> refusals) {
        CampaignImport.requireName(campaign);
        campaigns.campaign(campaign).orElseThrow(() -> AppException.usage(Message.of("error.campaign.unknown",
                campaign)));
        if (signedOn != null && (signedOn.isBefore(MemberRow.EARLIEST_MANDATE) || signedOn.isAfter(today))) {
            throw AppException.usage(Message.of("error.mandates.signed_on", signedOn,
                    MemberRow.EARLIEST_MANDATE, today));
        }
        Map<CampaignStore.Recorded, Integer> counts = new EnumMap<>(CampaignStore.Recorded.class);
        int refused = 0;
        for (List<Path> files : list(folder, label).values()) {
            Optional<MandateFile.Named> named = MandateFile.named(files.get(0));
            if (named.isPresent() && files.size() == 1) {
                Outcome outcome = take(campaign, named.get(), signedOn, dryRun);
                if (outcome.recorded() != null) {
                    counts.merge(outcome.recorded(), 1, Integer::sum);
                } else {
                    refused++;
                    refusals.accept(new Refusal(named.get().name(), outcome.refusal()));
                }
                continue;
            }
            String all = String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
            for (Path file : files) {
                String name = file.getFileName().toString();
                refused++;
                refusals.accept(new Refusal(name, named.isEmpty() ? Message.of("mandates.refused.name", name)
                        : Message.of("mandates.refused.twice", name, named.get().memberId(), all)));
            }
        }
        return new Result(counts, refused);
    }

    /** What became of one file: recorded (or would be), or refused. */
    private record Outcome(CampaignStore.Recorded recorded, Message refusal) {
    }

    private Outcome take(String campaign, MandateFile.Named named, LocalDate signedOn, boolean dryRun) {
        String name = named.name();
        Optional<Member> member = campaigns.member(campaign, named.memberId());
        if (member.isEmpty()) {
            return new Outcome(null, Message.of("mandates.refused.unknown", name, named.memberId(), campaign));
        }
        LocalDate date = signedOn != null ? signedOn : member.get().mandateSignedOn();
        if (date == null) {
            return new Outcome(null, Message.of("mandates.refused.no_date", name, named.memberId()));
        }
        MandateFile.Read read = MandateFile.read(named);
        if (read.refusal() != null) {
            return new Outcome(null, read.refusal());
        }
        String mediaType = named.kind().mediaType();
        SignedMandate mandate = new SignedMandate(named.memberId(), DocumentStore.sha256(read.bytes()),
                read.bytes().length, mediaType, date);
        String memberSha256 = member.get().withMandateSignedOn(date).rowHash();
        if (dryRun) {
            SignedMandate before = campaigns.signedMandates(campaign, List.of(named.memberId())).get(named.memberId());
            return new Outcome(before == null ? CampaignStore.Recorded.RECORDED : before.equals(mandate)
                    ? CampaignStore.Recorded.UNCHANGED : CampaignStore.Recorded.REPLACED, null);
        }
        // the same bytes may be stored already (another member's identical file, evidence): those are kept
        boolean storedBefore = documents.problem(mandate.sha256(), mandate.size()).isEmpty();
        StoredDocument stored = documents.store(read.bytes(), mediaType, mandate.fileName(), ROLE);
        if (!stored.sha256().equals(mandate.sha256())) {
            throw new IllegalStateException("the document store named " + name + " by another SHA-256");
        }
        Optional<CampaignStore.Recorded> recorded;
        try {
            recorded = campaigns.recordMandate(campaign, mandate, memberSha256);
        } catch (RuntimeException e) {
            forgetStored(mandate, storedBefore, e);
            throw e;
        }
        if (recorded.isEmpty()) {
            // the member left the campaign meanwhile
            forgetStored(mandate, storedBefore, null);
            return new Outcome(null, Message.of("mandates.refused.unknown", name, named.memberId(), campaign));
        }
        return new Outcome(recorded.get(), null);
    }

    /**
     * Erases the copy just stored of a mandate the tracker did not record, unless those bytes were stored before:
     * a signed mandate is personal data, and nothing would ever refer to that copy or erase it later.
     */
    private void forgetStored(SignedMandate mandate, boolean storedBefore, RuntimeException failure) {
        if (storedBefore) {
            return;
        }
        try {
            documents.erase(mandate.sha256());
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    /**
     * The folder's entries grouped by what they name (the member id for a mandate's name, else the entry's own
     * name), in name order.
     */
    private static Map<String, List<Path>> list(Path folder, String label) {
        if (!Files.isDirectory(folder)) {
            throw AppException.usage(Message.of("error.mandates.folder", label));
        }
        Map<String, List<Path>> grouped = new TreeMap<>();
        int entries = 0;
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path file : listing) {
                if (++entries > MAX_FILES) {
                    throw AppException.invalidData(Message.of("error.mandates.too_many", label, MAX_FILES));
                }
                // "/" is in no file name: an entry not named as a mandate is never grouped with a member's file
                String key = MandateFile.named(file).map(MandateFile.Named::memberId)
                        .orElse(file.getFileName() + "/");
                grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(file);
            }
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("error.mandates.unreadable", label, PrivateFiles.why(e)), e);
        }
        grouped.values().forEach(files -> files.sort(null));
        return grouped;
    }
}
