package org.optout.campaign;

/** Told how a long run advances (a progress bar on a terminal, lines otherwise). Called from several threads. */
public interface Progress {
    /** The run starts, over {@code members} members. */
    void start(long members);

    /** One more member done. */
    void advance();

    /** The run is over (successfully or not). */
    void finish();
}
