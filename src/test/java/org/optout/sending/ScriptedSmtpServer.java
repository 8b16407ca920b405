package org.optout.sending;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A minimal SMTP server on loopback that answers a fixed script, for failures GreenMail cannot produce. */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    private ScriptedSmtpServer(String rcptReply) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serve(rcptReply), "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** Accepts the connection and the sender, and answers 550 to every recipient. */
    static ScriptedSmtpServer rejectingRecipients() throws IOException {
        return new ScriptedSmtpServer("550 5.1.1 mailbox unavailable");
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve(String rcptReply) {
        try (Socket client = socket.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 scripted ESMTP\r\n");
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                String reply = switch (command) {
                    case "EHLO", "HELO" -> "250 scripted";
                    case "MAIL" -> "250 2.1.0 ok";
                    case "RCPT" -> rcptReply;
                    case "RSET", "NOOP" -> "250 ok";
                    case "QUIT" -> "221 bye";
                    default -> "502 not implemented";
                };
                out.print(reply + "\r\n");
                out.flush();
                if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException ignored) {
            // the test is over or the client went away: nothing to serve
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
