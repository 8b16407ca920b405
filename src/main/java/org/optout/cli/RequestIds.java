package org.optout.cli;

import java.util.Iterator;
import java.util.List;

/**
 * The completion candidates of a request id: unknown when the completion script is written, so a marker that
 * {@link GenerateCompletionCommand} turns into a call of {@code optout requests --ids} when the shell completes.
 */
final class RequestIds implements Iterable<String> {
    static final String MARKER = "__optout_request_ids__";

    @Override
    public Iterator<String> iterator() {
        return List.of(MARKER).iterator();
    }
}
