package org.optout.catalogue;

import java.time.LocalDate;

/** Where a catalogue fact comes from. */
public record Source(String url, String title, LocalDate date) {
}
