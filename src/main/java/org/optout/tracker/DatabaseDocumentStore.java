package org.optout.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.ui.Message;
import org.optout.files.PrivateFiles;

/**
 * Keeps evidence in the tracker's PostgreSQL database, in {@code document_contents} (schema version 5), so that
 * every volunteer sharing the tracker sees the same documents. Rows are never changed (a trigger refuses it); a
 * document's SHA-256 and size are checked by the server when the record is verified, and again here on every read.
 */
final class DatabaseDocumentStore implements DocumentStore {
    private static final String INSERT = "INSERT INTO document_contents (sha256, size, media_type, content) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING";

    private final TrackerDatabase database;
    private final Clock clock;

    DatabaseDocumentStore(TrackerDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public StoredDocument store(byte[] content, String mediaType, String originalName, String role) {
        String sha256 = DocumentStore.sha256(content);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, sha256);
            insert.setLong(2, content.length);
            insert.setString(3, mediaType);
            insert.setBytes(4, content);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot store evidence", e);
        }
        return new StoredDocument(sha256, content.length, mediaType, originalName, clock.instant(), role);
    }

    /**
     * Hashes the file as it streams, then streams it into the database, where the server hashes what it received:
     * a file that changed in between is refused and nothing is stored.
     */
    @Override
    public StoredDocument storeFile(Path file, String mediaType, String originalName, String role) {
        try {
            MessageDigest digest = DocumentChecks.newDigest();
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            try (Connection connection = database.dataSource().getConnection();
                 InputStream in = Files.newInputStream(file)) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, sha256);
                    insert.setLong(2, size);
                    insert.setString(3, mediaType);
                    insert.setBinaryStream(4, in, size);
                    insert.executeUpdate();
                }
                Optional<Message> problem = problem(connection, sha256, size);
                if (problem.isPresent()) {
                    connection.rollback();
                    throw new AppException(Message.of("evidence.changed_while_read", file, place(), problem.get()),
                            ExitCode.DELIVERY);
                }
                connection.commit();
            }
            return new StoredDocument(sha256, size, mediaType, originalName, clock.instant(), role);
        } catch (IOException e) {
            throw new AppException(Message.of("evidence.cannot_store_as", file, place(), PrivateFiles.reason(e)),
                    ExitCode.DELIVERY, e);
        } catch (SQLException e) {
            throw failure("cannot store " + file + " as evidence", e);
        }
    }

    @Override
    public byte[] read(StoredDocument document) {
        Optional<Message> problem = DocumentChecks.invalidName(document.sha256());
        if (problem.isEmpty()) {
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT content FROM document_contents WHERE sha256 = ?")) {
                select.setString(1, document.sha256());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        problem = Optional.of(DocumentChecks.missing());
                    } else {
                        byte[] content = rs.getBytes(1);
                        problem = DocumentChecks.changed(content.length, document.size(),
                                DocumentStore.sha256(content), document.sha256());
                        if (problem.isEmpty()) {
                            return content;
                        }
                    }
                }
            } catch (SQLException e) {
                throw failure("cannot read evidence " + document.sha256(), e);
            }
        }
        throw new AppException(Message.of("evidence.not_as_recorded", DocumentChecks.describe(document, problem.get()),
                place()), ExitCode.DELIVERY);
    }

    /** Names the document to the database's delete trigger first: any other delete is refused (migration 13). */
    @Override
    public void erase(String sha256) {
        if (DocumentChecks.invalidName(sha256).isPresent()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement name = connection.prepareStatement("SELECT set_config('optout.erase', ?, true)");
                 PreparedStatement delete = connection.prepareStatement(
                         "DELETE FROM document_contents WHERE sha256 = ?")) {
                name.setString(1, sha256);
                name.executeQuery().close();
                delete.setString(1, sha256);
                delete.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot erase document " + sha256, e);
        }
    }

    /** Checked by the server, which hashes the stored bytes: nothing is sent over the network but the answer. */
    @Override
    public Optional<Message> problem(String sha256, long size) {
        Optional<Message> invalid = DocumentChecks.invalidName(sha256);
        if (invalid.isPresent()) {
            return invalid;
        }
        try (Connection connection = database.dataSource().getConnection()) {
            return problem(connection, sha256, size);
        } catch (SQLException e) {
            throw failure("cannot check evidence " + sha256, e);
        }
    }

    private static Optional<Message> problem(Connection connection, String sha256, long size) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT octet_length(content), "
                + "encode(sha256(content), 'hex') FROM document_contents WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? DocumentChecks.changed(rs.getLong(1), size, rs.getString(2), sha256)
                        : Optional.of(DocumentChecks.missing());
            }
        }
    }

    @Override
    public Message place() {
        return Message.of("evidence.place.database", database.label());
    }

    private AppException failure(String what, SQLException e) {
        return new AppException(what + " " + place() + ": " + TrackerDatabase.reason(e), ExitCode.DELIVERY, e);
    }
}
