package org.optout.sending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A minimal SMTP server on loopback that answers a fixed script, for failures GreenMail cannot produce: it serves
 * any number of connections, one thread each, and keeps the messages it took (their data, up to the final dot).
 */
final class ScriptedSmtpServer implements AutoCloseable {
    /** What the server does once the client has sent the message data. */
    enum AfterData {
        /** Keeps the message and answers 250. */
        ACCEPT,
        /** Keeps the message and answers 250, but only once {@link #release()} is called. */
        ACCEPT_WHEN_RELEASED,
        /** Closes the connection without keeping the message or answering. */
        DROP,
        /** Keeps the message, then closes the connection without answering (it was delivered). */
        STORE_THEN_DROP,
        /** Keeps the message, then sends "250-" lines every 0.4 s (faster than any read timeout), never a last one. */
        DRIP
    }

    private final ServerSocket socket;
    private final String rcptReply;
    private final AfterData afterData;
    private final boolean dripGreeting;
    private final boolean holdFirstGreeting;
    private final CountDownLatch firstConnected = new CountDownLatch(1);
    private final List<String> stored = new CopyOnWriteArrayList<>();
    private final CountDownLatch dataReceived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private ScriptedSmtpServer(String rcptReply, AfterData afterData, boolean dripGreeting, boolean holdFirstGreeting)
            throws IOException {
        this.rcptReply = rcptReply;
        this.afterData = afterData;
        this.dripGreeting = dripGreeting;
        this.holdFirstGreeting = holdFirstGreeting;
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::acceptAll, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** Accepts the connection and the sender, and answers 550 to every recipient. */
    static ScriptedSmtpServer rejectingRecipients() throws IOException {
        return new ScriptedSmtpServer("550 5.1.1 mailbox unavailable", AfterData.ACCEPT, false, false);
    }

    /** Accepts everything up to the message data, then does {@code afterData}. */
    static ScriptedSmtpServer afterData(AfterData afterData) throws IOException {
        return new ScriptedSmtpServer("250 2.1.5 ok", afterData, false, false);
    }

    /**
     * Like {@link #afterData}, but greets its first client only once another one has sent a message's data: the
     * first client is held while connecting.
     */
    static ScriptedSmtpServer holdingFirstClient(AfterData afterData) throws IOException {
        return new ScriptedSmtpServer("250 2.1.5 ok", afterData, false, true);
    }

    /** Answers EHLO with a "250-" continuation line every 0.4 s and never a last one. */
    static ScriptedSmtpServer drippingGreeting() throws IOException {
        return new ScriptedSmtpServer("250 2.1.5 ok", AfterData.ACCEPT, true, false);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The messages the server kept, as their data. */
    List<String> stored() {
        return List.copyOf(stored);
    }

    /** Waits until a client has sent the data of a message. */
    boolean awaitData(long seconds) throws InterruptedException {
        return dataReceived.await(seconds, TimeUnit.SECONDS);
    }

    /** Waits until a first client has connected. */
    boolean awaitFirstClient(long seconds) throws InterruptedException {
        return firstConnected.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets {@link AfterData#ACCEPT_WHEN_RELEASED} answer. */
    void release() {
        released.countDown();
    }

    private void acceptAll() {
        boolean first = true;
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                boolean held = first && holdFirstGreeting;
                first = false;
                firstConnected.countDown();
                Thread thread = new Thread(() -> serve(client, held), "scripted-smtp-client");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException ignored) {
                // the server was closed: the test is over
            }
        }
    }

    private void serve(Socket connection, boolean held) {
        try (Socket client = connection;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            if (held) {
                dataReceived.await(60, TimeUnit.SECONDS);
            }
            reply(out, "220 scripted ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                if ((command.equals("EHLO") || command.equals("HELO")) && dripGreeting) {
                    drip(out);
                    return;
                }
                if (command.equals("DATA")) {
                    reply(out, "354 go ahead");
                    if (!afterData(in, out)) {
                        return;
                    }
                    continue;
                }
                reply(out, switch (command) {
                    case "EHLO", "HELO" -> "250 scripted";
                    case "MAIL" -> "250 2.1.0 ok";
                    case "RCPT" -> rcptReply;
                    case "RSET", "NOOP" -> "250 ok";
                    case "QUIT" -> "221 bye";
                    default -> "502 not implemented";
                });
                if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException | InterruptedException ignored) {
            // the test is over or the client went away: nothing to serve
        }
    }

    /** Reads the message data and does what the script says; false when the connection is to end. */
    private boolean afterData(BufferedReader in, PrintWriter out) throws IOException, InterruptedException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line).append('\n');
        }
        if (line == null) {
            return false;
        }
        if (afterData != AfterData.DROP) {
            stored.add(data.toString());
        }
        dataReceived.countDown();
        switch (afterData) {
            case ACCEPT -> reply(out, "250 2.0.0 Ok: queued as SCRIPTED" + stored.size());
            case ACCEPT_WHEN_RELEASED -> {
                released.await(120, TimeUnit.SECONDS);
                reply(out, "250 2.0.0 Ok: queued as SCRIPTED" + stored.size());
            }
            case DRIP -> drip(out);
            case DROP, STORE_THEN_DROP -> {
                return false;
            }
        }
        return afterData == AfterData.ACCEPT || afterData == AfterData.ACCEPT_WHEN_RELEASED;
    }

    private static void drip(PrintWriter out) throws InterruptedException {
        for (int i = 0; i < 120 && !out.checkError(); i++) {
            reply(out, "250-still thinking " + i);
            Thread.sleep(400);
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        released.countDown();
        socket.close();
    }
}
