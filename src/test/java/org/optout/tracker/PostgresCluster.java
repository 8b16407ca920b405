package org.optout.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A throwaway PostgreSQL cluster for the tests: started once per test JVM, the first time a test asks for a
 * database (initdb into a fresh temporary folder, the server on a free loopback port, its socket in that folder),
 * stopped ({@code -m immediate}) and deleted when the JVM exits; the cluster of a test JVM that was killed before
 * it could (PIT does that to its minions) is stopped and deleted by the next one. Each test gets its own database.
 * As a JUnit extension, it resolves a parameter of type {@link Database}.
 *
 * <p>PostgreSQL refuses to run as root: when the tests run as root, initdb and the server run as the user
 * {@code postgres} through {@code runuser}. Without Debian's {@code postgresql} package the tests fail (they are
 * never skipped), saying so.
 */
public final class PostgresCluster implements ParameterResolver {
    /** A database of its own for one test. */
    public record Database(String name, int port) {
        /** Its address as users give it to {@code --db}. */
        public String location() {
            return "postgresql://" + SUPERUSER + "@127.0.0.1:" + port + "/" + name;
        }

        /** A connection as the superuser, to look at or tamper with the tables directly. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + name, SUPERUSER, "");
        }
    }

    static final String SUPERUSER = "postgres";
    /** A role that must give a password (scram-sha-256), for the tests of where passwords come from. */
    static final String PASSWORD_USER = "volunteer";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String PREFIX = "optout-pg-";
    private static final String OWNER = "owner.pid";
    private static Server server;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return newDatabase();
    }

    /** A new, empty database on the cluster, starting the cluster the first time. */
    public static synchronized Database newDatabase() {
        if (server == null) {
            server = Server.start();
        }
        String name = "t" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port
                + "/postgres", SUPERUSER, ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            statement.execute("GRANT ALL ON DATABASE " + name + " TO " + PASSWORD_USER);
            statement.execute("ALTER DATABASE " + name + " OWNER TO " + PASSWORD_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return new Database(name, server.port);
    }

    /** The running cluster: its folder and port. */
    private record Server(Path dir, Path bin, int port, boolean asPostgres) {
        static Server start() {
            Path bin = binaries();
            boolean root = "root".equals(System.getProperty("user.name"));
            try {
                reapOrphans(bin, root);
                Path dir = Files.createTempDirectory(PREFIX);
                // which JVM owns the cluster: one killed before its shutdown hook ran leaves it for the next to stop
                Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
                Server server = new Server(dir, bin, freePort(), root);
                if (root) {
                    run(List.of("chown", "postgres:", dir.toString()));
                }
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
                server.pg("initdb", "-D", dir.resolve("data").toString(), "-U", SUPERUSER, "--auth=trust",
                        "--encoding=UTF8", "--no-locale", "--no-sync");
                // the first matching line wins: the password user must authenticate, everyone else is trusted
                Path hba = dir.resolve("data/pg_hba.conf");
                String trusted = Files.readString(hba);
                server.write(hba, "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256\n" + trusted);
                server.pg("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                        "-t", "60", "-o", "-p " + server.port + " -k " + dir + " -c listen_addresses=127.0.0.1 "
                                + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400",
                        "start");
                try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port
                        + "/postgres", SUPERUSER, ""); Statement statement = connection.createStatement()) {
                    statement.execute("CREATE ROLE " + PASSWORD_USER + " LOGIN PASSWORD 'correct horse'");
                }
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("the test PostgreSQL cluster does not answer: " + e.getMessage(), e);
            }
        }

        /** Stops and deletes the clusters of test JVMs that died without stopping theirs (killed, or halted). */
        private static void reapOrphans(Path bin, boolean root) throws IOException {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            try (Stream<Path> dirs = Files.list(tmp)) {
                for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList()) {
                    Path owner = dir.resolve(OWNER);
                    if (!Files.isRegularFile(owner)) {
                        continue;
                    }
                    long pid = Long.parseLong(Files.readString(owner).strip());
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    new Server(dir, bin, 0, root).stop();
                }
            }
        }

        private void pg(String program, String... args) {
            List<String> command = new ArrayList<>();
            if (asPostgres) {
                command.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            command.add(bin.resolve(program).toString());
            command.addAll(List.of(args));
            run(command);
        }

        /** Writes {@code file} as the server's user (it must be able to read it). */
        private void write(Path file, String content) throws IOException {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }

        void stop() {
            try {
                if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                    pg("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
                }
            } catch (IllegalStateException ignored) {
                // not started, or already stopped: the folder is deleted all the same
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // a temporary folder left behind at exit is not worth failing the run for
            }
        }
    }

    /** The server programs of the newest PostgreSQL installed by Debian's package. */
    private static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D.*", "0"))))
                    .orElseThrow(() -> new IllegalStateException("the PostgreSQL tests need the server programs "
                            + "/usr/lib/postgresql/*/bin/initdb and pg_ctl: install Debian's package 'postgresql' "
                            + "(apt-get install postgresql); .ci/run does"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
