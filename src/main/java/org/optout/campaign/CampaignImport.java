package org.optout.campaign;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.ui.Message;

/**
 * {@code campaign init}: creates or updates a campaign from an association and a members file, in one pass over the
 * file and one transaction. A file with a bad row is refused whole (nothing is stored) unless bad rows are to be
 * skipped; every bad row is reported either way.
 */
public final class CampaignImport {
    /** A campaign's name: letters, digits, '.', '_', '-', starting with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final CampaignStore store;
    private final MembersCsv csv;

    public CampaignImport(CampaignStore store, MembersCsv csv) {
        this.store = store;
        this.csv = csv;
    }

    /** What an import did: the store's counts and the rows left out as invalid. */
    public record Result(CampaignStore.ImportCounts counts, int invalid) {
    }

    /**
     * Imports {@code members} into {@code campaign}.
     *
     * @param dryRun read and count everything, store nothing
     * @param problems told each bad row's problems, in file order
     * @throws AppException exit 3 when a row is bad and {@code skipInvalid} is false (nothing is stored)
     */
    public Result run(String campaign, Association association, Path members, String label, boolean skipInvalid,
                      boolean dryRun, Consumer<List<RowProblem>> problems) {
        requireName(campaign);
        AssociationCopy copy = AssociationCopy.of(association);
        int[] invalid = new int[1];
        CampaignStore.ImportCounts counts = store.importMembers(campaign, copy.json(), copy.sha256(), sink -> {
            MembersCsv.Counts read = csv.read(members, label, sink, problems);
            invalid[0] = read.invalid();
            return !dryRun && (read.invalid() == 0 || skipInvalid);
        });
        if (invalid[0] > 0 && !skipInvalid) {
            throw new AppException(Message.of("error.campaign.refused", label, Integer.toString(invalid[0])),
                    ExitCode.INVALID_DATA);
        }
        return new Result(counts, invalid[0]);
    }

    /** @throws AppException a usage error when {@code name} is not a campaign name */
    public static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw AppException.usage(Message.of("error.campaign.name", name));
        }
    }
}
