package org.optout.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One hand-over to a second JVM: its options, the run itself (sharing this process's terminal, standard input
 * and output), and the recording of the class archive on the first run of a command that renders PDFs.
 *
 * @param java the {@code java} executable of the running JDK
 * @param jar optout's jar
 * @param archive where the class archive is (or will be)
 * @param mayRecord whether this run may record the archive when there is none yet
 * @param args optout's arguments
 * @param clock tells when a recording left by a killed run is old enough to remove
 */
record Launch(Path java, Path jar, ClassArchive archive, boolean mayRecord, List<String> args, Clock clock) {
    /** Options for a run of about a second; see {@link FastStart}. */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            // the JVM's own notices go to stderr, never among the paths optout prints on stdout;
            // class-archive notices (classes it cannot store) are only noise for the user
            "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");

    /** The exit code of a JVM that hit a fatal error (it aborts: 128 + SIGABRT). */
    static final int JVM_CRASHED = 134;

    Launch {
        args = List.copyOf(args);
    }

    /** The command line of the second JVM, using the archive, recording it into {@code recording}, or neither. */
    List<String> command(Path recording) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_OPTIONS);
        if (recording != null) {
            command.add("-XX:ArchiveClassesAtExit=" + recording);
        } else if (archive.exists()) {
            command.add("-XX:SharedArchiveFile=" + archive.file());
        }
        command.add("-D" + FastStart.CHILD_PROPERTY + "=child");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /** Runs optout in the second JVM and returns its exit code; empty if that JVM could not be started. */
    OptionalInt run() {
        Path recording = !archive.exists() && mayRecord ? archive.startRecording().orElse(null) : null;
        Process child;
        try {
            child = new ProcessBuilder(command(recording)).inheritIO().start();
        } catch (IOException e) {
            archive.discard(recording);
            // optout then runs in this JVM, only slower
            return OptionalInt.empty();
        }
        // if this process is asked to stop, so is the run it handed over (a class, not a lambda: see FastStart)
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                child.destroy();
            }
        });
        int code = waitFor(child);
        if (recording != null) {
            archive.finishRecording(recording, code == 0, java, jar, clock.instant());
        } else if (code == JVM_CRASHED) {
            // an archive damaged since it was recorded makes the JVM crash as it maps it: record it anew next time
            archive.remove();
        }
        return OptionalInt.of(code);
    }

    private static int waitFor(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
