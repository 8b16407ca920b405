package org.optout.mail;

/** How the SMTP connection is protected. */
public enum Tls {
    /** Plain connection upgraded with STARTTLS, which is required (the default). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    SSL,
    /** No encryption: only accepted towards a loopback address (a local relay or a test server). */
    NONE
}
