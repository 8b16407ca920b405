package org.optout.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.SocketFactory;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP transport that knows how far a message got, whether its data had started and whether the server
 * answered the end of the data, and whose sockets can be closed from another thread. Once the data has started,
 * only the server's final answer tells whether it took the message: without one, the outcome is unknown.
 */
final class WatchedTransport extends SMTPTransport {
    private boolean dataStarted;
    /** The server's answer to the end of the data: 0 while there is none, -1 when the connection ended instead. */
    private int dataReply;

    private WatchedTransport(Session session, String protocol, boolean ssl) {
        super(session, new URLName(protocol, null, -1, null, null, null), protocol, ssl);
    }

    /** A transport for {@code session}, whose properties are those of {@link SmtpMailer#properties}. */
    static WatchedTransport of(Session session, boolean ssl) {
        return new WatchedTransport(session, ssl ? "smtps" : "smtp", ssl);
    }

    @Override
    protected OutputStream data() throws MessagingException {
        OutputStream data = super.data();
        // the server said "354": from here on the message may reach it whole
        dataStarted = true;
        return data;
    }

    @Override
    protected int readServerResponse() throws MessagingException {
        int code = super.readServerResponse();
        if (dataStarted && dataReply == 0) {
            dataReply = code;
        }
        return code;
    }

    /** Whether the message data had started when the exchange ended without the server's final answer. */
    boolean maybeAccepted() {
        return dataStarted && dataReply <= 0;
    }

    /**
     * Makes the plain sockets of one connection (TLS is layered on them by Jakarta Mail) and keeps them, so that
     * {@link #closeAll()} can cut the connection while another thread is blocked reading from it.
     */
    static final class Sockets extends SocketFactory {
        private final List<Socket> made = new CopyOnWriteArrayList<>();

        @Override
        public Socket createSocket() {
            Socket socket = new Socket();
            made.add(socket);
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            Socket socket = createSocket();
            socket.bind(new java.net.InetSocketAddress(localHost, localPort));
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            Socket socket = createSocket();
            socket.connect(new java.net.InetSocketAddress(host, port));
            return socket;
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            Socket socket = createSocket();
            socket.bind(new java.net.InetSocketAddress(localAddress, localPort));
            socket.connect(new java.net.InetSocketAddress(address, port));
            return socket;
        }

        /** Closes every socket made: a thread blocked reading or writing on one gets an exception. */
        void closeAll() {
            for (Socket socket : made) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing is all that is wanted here; a socket that cannot even close is already unusable
                }
            }
        }
    }
}
