package dev.crmkit.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.jdbc.SchemaMode;
import dev.crmkit.spi.CrmStorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the data lives, as given to {@code --db}: a JDBC URL ({@code jdbc:postgresql:...},
 * {@code jdbc:mariadb:...}, {@code jdbc:h2:...}), opened through a HikariCP pool, or a folder for the embedded
 * H2 database (the file {@code crm.mv.db} in it, created with the folder when missing). A path ending in
 * {@code .mv.db} names the database file itself. The schema is migrated when the store opens.
 *
 * @param location the {@code --db} value
 * @param user     the database user for a JDBC URL (when the URL does not carry it)
 * @param password the password for a JDBC URL
 */
record Database(String location, Optional<String> user, Optional<String> password) {
    /** The embedded database's file name inside the folder (H2 adds {@code .mv.db}). */
    static final String H2_FILE_NAME = "crm";

    Database {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Whether the location is a JDBC URL rather than a folder. */
    boolean isJdbcUrl() {
        return location.startsWith("jdbc:");
    }

    /** The embedded database's file without the {@code .mv.db} extension; only for folder locations. */
    Path h2File() {
        if (location.endsWith(".mv.db")) {
            return Path.of(location.substring(0, location.length() - ".mv.db".length())).toAbsolutePath().normalize();
        }
        return Path.of(location).toAbsolutePath().normalize().resolve(H2_FILE_NAME);
    }

    /** A description for messages, without credentials. */
    String describe() {
        if (isJdbcUrl()) {
            int parameters = location.indexOf('?');
            return parameters < 0 ? location : location.substring(0, parameters);
        }
        return h2File() + ".mv.db";
    }

    /**
     * Opens the store, migrating its schema.
     *
     * @throws CrmStorageException when the database cannot be reached, opened or migrated (e.g. an H2 file that
     *                             another process has open)
     */
    OpenStore open() {
        return isJdbcUrl() ? openPooled() : openEmbedded();
    }

    private OpenStore openEmbedded() {
        Path file = h2File();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        JdbcCrmStore store = JdbcCrmStore.h2File(file);
        return new OpenStore(store, store::close);
    }

    private OpenStore openPooled() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setPoolName("crm");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            // Hikari wraps the driver's SQLException; the root cause says why (unknown host, bad password).
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new CrmStorageException("cannot connect to " + describe() + ": " + root.getMessage(), false, e);
        }
        try {
            JdbcCrmStore store = JdbcCrmStore.builder().dataSource(pool).schemaMode(SchemaMode.MIGRATE).build();
            return new OpenStore(store, () -> {
                try {
                    store.close();
                } finally {
                    pool.close();
                }
            });
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * An open store and what closes it (the store, and the pool when the CLI made one).
     *
     * @param store  the store
     * @param closer releases the store and its connections
     */
    record OpenStore(JdbcCrmStore store, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }
}
