package org.optout.mail;

/**
 * Sends prepared messages (see {@link MessageBuilder}) in steps, so that the caller can record the attempt once the
 * server is reached and before the SMTP transaction starts.
 */
public interface Mailer {
    /**
     * Connects and logs in.
     *
     * @throws MailException when the server cannot be reached or refuses the login (nothing was sent)
     */
    Connection connect();

    /** An open, authenticated connection. */
    interface Connection extends AutoCloseable {
        /**
         * Sends a prepared message.
         *
         * @return the server's final reply (e.g. "250 2.0.0 Ok: queued as …")
         * @throws MailException when it was not delivered, or when the outcome is unknown
         */
        String send(PreparedMail mail);

        /** Closes quietly: once the outcome of a send is known, a failed QUIT changes nothing. */
        @Override
        void close();
    }
}
