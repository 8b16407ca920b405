package org.optout.tracker;

/** What a tracked request is. */
public enum RequestKind { OBJECTION, REMINDER, COMPLAINT }
