package org.optout.cli;

import java.io.PrintWriter;
import org.optout.ExitCode;
import org.optout.followup.InertText;
import org.optout.tracker.RequestList;

/** What a listing does with the requests it could not read: it names each on stderr and exits with code 4. */
final class UnreadableRequests {
    private UnreadableRequests() {
    }

    /** Prints one line per unreadable request of {@code list}; returns the exit code of the listing. */
    static int report(RequestList list, PrintWriter err) {
        list.unreadable().forEach(request -> err.println("optout: " + InertText.of(request.message())));
        err.flush();
        return list.unreadable().isEmpty() ? ExitCode.OK.code() : ExitCode.DELIVERY.code();
    }
}
