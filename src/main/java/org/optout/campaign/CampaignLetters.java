package org.optout.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.catalogue.Platform;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterTemplates;
import org.optout.ui.Message;

/**
 * {@code campaign letters}: for every member still in the campaign, the objection to each platform and, while the
 * mandate is not signed, the mandate document, in the member's own folder. Members are read from the store a page at
 * a time and rendered on {@code jobs} threads with at most two members per thread waiting, so memory stays flat
 * whatever the number of members. Each file is written to a temporary file and renamed (a killed run leaves no partial
 * file), then recorded with its SHA-256 and what it was written from: a re-run skips a document whose record and file
 * still match the member and the association, and writes the others again.
 */
public final class CampaignLetters {
    private static final int PAGE = 200;
    /**
     * Written documents are recorded this many at a time, in one transaction: one per member made the tracker's
     * commits a fifth of the run. A document written but not yet recorded when the run is stopped is written again,
     * identically, by the next run.
     */
    private static final int RECORD_EVERY = 64;

    private final CampaignStore store;
    private final LetterTemplates templates;

    public CampaignLetters(CampaignStore store, LetterTemplates templates) {
        this.store = store;
        this.templates = templates;
    }

    /** What to write. {@code out}: the folder holding one folder per member. */
    public record Request(String campaign, List<Platform> platforms, Path out, int jobs, LocalDate date) {
        public Request {
            platforms = List.copyOf(platforms);
        }
    }

    /** What a run did: members seen, documents written (objections, mandates) and already done. */
    public record Summary(long members, int objections, int mandates, int alreadyDone) {
    }

    public Summary write(Request request, Progress progress) {
        CampaignStore.StoredCampaign campaign = store.campaign(request.campaign()).orElseThrow(
                () -> AppException.usage(Message.of("error.campaign.unknown", request.campaign())));
        AssociationCopy copy = new AssociationCopy(campaign.associationJson(), campaign.associationSha256());
        Association association = copy.association();
        PrivateFiles.ensureWritableDirectory(request.out(), "--out");
        store.recordOutDirectory(request.campaign(), request.out().toAbsolutePath().normalize().toString());
        ThreadLocal<MandatedLetters> letters = ThreadLocal.withInitial(
                () -> new MandatedLetters(templates, association, request.platforms(), request.date()));
        MemberDocuments documents = new MemberDocuments(request, copy.sha256());
        ExecutorService pool = Executors.newFixedThreadPool(request.jobs());
        Semaphore queue = new Semaphore(request.jobs() * 2);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Queue<CampaignStore.WrittenDocument> unrecorded = new ConcurrentLinkedQueue<>();
        long members = 0;
        progress.start(store.activeMembers(request.campaign()));
        try {
            String after = "";
            while (failure.get() == null) {
                List<Member> page = store.members(request.campaign(), after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                String last = page.get(page.size() - 1).memberId();
                Map<String, List<CampaignStore.WrittenDocument>> written = store.written(request.campaign(), after,
                        last);
                for (Member member : page) {
                    if (failure.get() != null) {
                        break;
                    }
                    if (unrecorded.size() >= RECORD_EVERY) {
                        record(request.campaign(), unrecorded);
                    }
                    queue.acquireUninterruptibly();
                    members++;
                    pool.execute(() -> {
                        try {
                            List<CampaignStore.WrittenDocument> done = documents.write(letters.get(), member,
                                    written.getOrDefault(member.memberId(), List.of()));
                            unrecorded.addAll(done);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            queue.release();
                            progress.advance();
                        }
                    });
                }
                after = last;
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            progress.finish();
            if (failure.get() == null) {
                record(request.campaign(), unrecorded);
            } else {
                recordQuietly(request.campaign(), unrecorded);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Summary(members, documents.objections.get(), documents.mandates.get(), documents.alreadyDone.get());
    }

    /** Records the documents written since the last time, in one transaction. */
    private void record(String campaign, Queue<CampaignStore.WrittenDocument> unrecorded) {
        List<CampaignStore.WrittenDocument> batch = new ArrayList<>();
        for (CampaignStore.WrittenDocument document = unrecorded.poll(); document != null;
                document = unrecorded.poll()) {
            batch.add(document);
        }
        if (!batch.isEmpty()) {
            store.recordWritten(campaign, batch);
        }
    }

    /** Records what was written before a failure, which is the error reported: a re-run writes the rest again. */
    private void recordQuietly(String campaign, Queue<CampaignStore.WrittenDocument> unrecorded) {
        try {
            record(campaign, unrecorded);
        } catch (RuntimeException alsoFailed) {
            // the first failure is the one reported; these documents are written again by the next run
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // letters are still being written: a render takes milliseconds, so this only waits for them
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The documents of one member: which are already done, and writing the others. */
    private static final class MemberDocuments {
        private final Request request;
        private final String associationSha256;
        final AtomicInteger objections = new AtomicInteger();
        final AtomicInteger mandates = new AtomicInteger();
        final AtomicInteger alreadyDone = new AtomicInteger();

        MemberDocuments(Request request, String associationSha256) {
            this.request = request;
            this.associationSha256 = associationSha256;
        }

        List<CampaignStore.WrittenDocument> write(MandatedLetters letters, Member member,
                                                  List<CampaignStore.WrittenDocument> recorded) {
            Path folder = request.out().resolve(member.memberId());
            String memberSha256 = member.rowHash();
            List<CampaignStore.WrittenDocument> done = new ArrayList<>();
            for (Platform platform : request.platforms()) {
                String file = MandatedLetters.objectionFile(platform.id(), letters.languageOf(member));
                if (isDone(recorded, folder, DocumentKind.OBJECTION, platform.id(), file, memberSha256)) {
                    alreadyDone.incrementAndGet();
                } else {
                    done.add(save(folder, letters.objection(member, platform), member, memberSha256));
                    objections.incrementAndGet();
                    removeReplaced(recorded, folder, DocumentKind.OBJECTION, platform.id(), file);
                }
            }
            if (member.mandateSignedOn() == null) {
                String file = MandatedLetters.mandateFile(letters.languageOf(member));
                if (isDone(recorded, folder, DocumentKind.MANDATE, "", file, memberSha256)) {
                    alreadyDone.incrementAndGet();
                } else {
                    done.add(save(folder, letters.mandate(member), member, memberSha256));
                    mandates.incrementAndGet();
                    removeReplaced(recorded, folder, DocumentKind.MANDATE, "", file);
                }
            }
            return done;
        }

        /** Deletes the file a document was recorded under when it now has another name (the language changed). */
        private static void removeReplaced(List<CampaignStore.WrittenDocument> recorded, Path folder, DocumentKind kind,
                                           String platform, String file) {
            for (CampaignStore.WrittenDocument old : recorded) {
                if (old.kind() == kind && old.platform().equals(platform) && !old.file().equals(file)
                        && old.file().matches("[a-z0-9-]+\\.pdf")) {
                    try {
                        Files.deleteIfExists(folder.resolve(old.file()));
                    } catch (IOException e) {
                        throw new AppException(Message.of("error.campaign.cannot_delete", folder.resolve(old.file()),
                                PrivateFiles.reason(e)), ExitCode.INVALID_DATA, e);
                    }
                }
            }
        }

        private boolean isDone(List<CampaignStore.WrittenDocument> recorded, Path folder, DocumentKind kind,
                               String platform, String file, String memberSha256) {
            return recorded.stream().anyMatch(d -> d.kind() == kind && d.platform().equals(platform)
                    && d.file().equals(file) && d.memberSha256().equals(memberSha256)
                    && d.associationSha256().equals(associationSha256)
                    && d.sha256().equals(sha256(folder.resolve(file))));
        }

        private CampaignStore.WrittenDocument save(Path folder, MandatedLetters.Rendered rendered, Member member,
                                                   String memberSha256) {
            try {
                if (!Files.isDirectory(folder)) {
                    PrivateFiles.createPrivateDirectories(folder);
                }
            } catch (IOException e) {
                throw new AppException(Message.of("error.campaign.folder", folder, PrivateFiles.reason(e)),
                        ExitCode.INVALID_DATA);
            }
            PrivateFiles.write(folder.resolve(rendered.file()), rendered.pdf());
            return new CampaignStore.WrittenDocument(member.memberId(), rendered.kind(), rendered.platform(),
                    rendered.language().code(), rendered.file(), Sha256.of(rendered.pdf()), memberSha256,
                    associationSha256);
        }

        /** The SHA-256 of a file, or "" when it cannot be read (then it is written again). */
        private static String sha256(Path file) {
            try {
                return Files.isRegularFile(file) ? Sha256.of(Files.readAllBytes(file)) : "";
            } catch (IOException e) {
                return "";
            }
        }
    }
}
