package org.optout.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optout.catalogue.Channel;
import org.optout.followup.InertText;
import org.optout.followup.RequestRow;
import org.optout.tracker.RequestKind;
import org.optout.tracker.RequestStatus;
import org.optout.ui.Texts;

/** {@code optout requests} as an aligned table in the interface language; the platform is printed inert. */
final class RequestTable {
    /** The narrowest each column is, as in the first English table; a longer word widens its column. */
    private static final int[] WIDTHS = {6, 10, 10, 15, 17, 11};

    private RequestTable() {
    }

    static String of(List<RequestRow> rows, Texts texts) {
        if (rows.isEmpty()) {
            return texts.get("requests.none") + "\n";
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of(texts.get("requests.head.id"), texts.get("requests.head.platform"),
                texts.get("requests.head.kind"), texts.get("requests.head.channel"), texts.get("requests.head.status"),
                texts.get("requests.head.deadline"), texts.get("requests.head.left")));
        for (RequestRow r : rows) {
            RequestStatus status = RequestStatus.valueOf(r.status().toUpperCase(Locale.ROOT));
            cells.add(List.of(r.id(), InertText.of(r.platform()),
                    texts.word(RequestKind.valueOf(r.kind().toUpperCase(Locale.ROOT))),
                    Channel.of(r.channel()).map(texts::word).orElse(r.channel()), texts.word(status),
                    r.deadline() == null ? "-" : r.deadline().toString(), left(r, status, texts)));
        }
        int[] widths = WIDTHS.clone();
        for (List<String> row : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 1));
            }
            out.append(line.append(row.get(widths.length))).append('\n');
        }
        return out.toString();
    }

    /** Days left, days overdue, or when to re-check a setting. */
    private static String left(RequestRow r, RequestStatus status, Texts texts) {
        if (r.daysLeft() == null) {
            return r.recheckOn() == null ? "" : texts.get("requests.left.recheck", r.recheckOn());
        }
        if (r.overdue()) {
            return texts.get("requests.left.overdue", Long.toString(-r.daysLeft()));
        }
        return status.awaitingAnswer() ? texts.get("requests.left.days", Long.toString(r.daysLeft())) : "";
    }
}
