package org.optout.campaign;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.files.PrivateFiles;
import org.optout.tracker.DocumentStore;
import org.optout.ui.Message;

/**
 * {@code campaign forget}: a member withdraws. Nothing more is done for them, their personal data is erased from the
 * store, and their folder of letters (under the campaign's recorded output folder) is deleted; the requests already
 * sent for them stay, with their evidence, for the legal claims they support (GDPR art. 17(3)(e)). So does the signed
 * copy of their mandate ({@code campaign mandates}) when a request was made under it; otherwise its bytes are
 * erased from the document store first, then its record with the member's data (a forget interrupted in between
 * erases nothing twice and finishes when run again).
 */
public final class CampaignForget {
    private final CampaignStore store;
    private final DocumentStore documents;

    public CampaignForget(CampaignStore store, DocumentStore documents) {
        this.store = store;
        this.documents = documents;
    }

    /**
     * What was erased and kept.
     *
     * @param deletedFiles the files deleted from the member's folder
     * @param folder the member's folder, deleted, or null when the campaign never wrote letters
     * @param mandate the member's signed mandate copy, or null when none was recorded: kept when
     *     {@code mandateKept}, else erased
     */
    public record Result(String memberId, List<Path> deletedFiles, Path folder, List<String> keptRequests,
                         SignedMandate mandate, boolean mandateKept) {
        public Result {
            deletedFiles = List.copyOf(deletedFiles);
            keptRequests = List.copyOf(keptRequests);
        }
    }

    public Result forget(String campaign, String memberId, LocalDate today) {
        CampaignStore.StoredCampaign stored = store.campaign(campaign).orElseThrow(
                () -> AppException.usage(Message.of("error.campaign.unknown", campaign)));
        Path folder = null;
        if (stored.outDirectory() != null) {
            Path out = Path.of(stored.outDirectory()).normalize();
            folder = out.resolve(memberId).normalize();
            if (!out.equals(folder.getParent())) {
                // member ids are checked on import to be plain names; never delete outside the campaign's folder
                throw AppException.usage(Message.of("error.campaign.no_member", memberId, campaign));
            }
        }
        store.erasableMandate(campaign, memberId).ifPresent(mandate -> documents.erase(mandate.sha256()));
        var forgotten = store.forget(campaign, memberId, today);
        boolean leftover = folder != null && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
        if (forgotten.isEmpty() && !leftover) {
            throw AppException.usage(Message.of("error.campaign.no_member", memberId, campaign));
        }
        // an earlier forget interrupted after the store was updated left the folder: it is deleted now
        List<String> kept = forgotten.map(CampaignStore.Forgotten::keptRequests).orElse(List.of());
        SignedMandate mandate = forgotten.map(CampaignStore.Forgotten::mandate).orElse(null);
        return new Result(memberId, folder == null ? List.of() : deleteFolder(folder), folder, kept, mandate,
                forgotten.map(CampaignStore.Forgotten::mandateKept).orElse(false));
    }

    /** Deletes the regular files of {@code folder}, then the folder; a symbolic link is removed, never followed. */
    private static List<Path> deleteFolder(Path folder) {
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        try {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                listing.forEach(files::add);
            }
            files.sort(null);
            for (Path file : files) {
                Files.delete(file);
                deleted.add(file);
            }
            Files.delete(folder);
            return deleted;
        } catch (IOException e) {
            throw new AppException(Message.of("error.campaign.cannot_delete", folder, PrivateFiles.reason(e)),
                    ExitCode.INVALID_DATA, e);
        }
    }
}
