package dev.crmkit.jdbc.robustness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.imports.CsvImport;
import dev.crmkit.imports.ImportContext;
import dev.crmkit.imports.ImportInput;
import dev.crmkit.imports.ImportListener;
import dev.crmkit.imports.ImportProgress;
import dev.crmkit.imports.ImportSummary;
import dev.crmkit.jdbc.JdbcCrmStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The process the crash suite kills: opens a {@link JdbcCrmStore} and imports {@link SourceContacts}' file with
 * {@link CsvImport}, exactly as a host would, printing one line per committed batch to standard output. Run by
 * {@link ChildImport} as
 * {@code java -cp <test classpath> dev.crmkit.jdbc.robustness.CrashImportMain <database> <csv> <fromByte> <batchSize> <pauseBeforeCommit>}:
 * <ul>
 *   <li>{@code database}: {@code h2file:<path>} (the store of {@link JdbcCrmStore#h2File}) or a JDBC URL (a pool
 *       of two connections, as a host would configure one);</li>
 *   <li>{@code fromByte}: where the rows to import start; 0 imports the whole file, any other value resumes at a
 *       row start (the header is read from the file's start);</li>
 *   <li>{@code pauseBeforeCommit}: 0, or the number of the commit before which the process stops and waits to
 *       be killed (every statement of that transaction has run, nothing of it is committed).</li>
 * </ul>
 * Output lines: {@code opened}, then {@code committed <rows> <rejected>} after every batch (cumulative counts of
 * this run, printed after the batch's transaction committed), {@code paused <commit>} when it waits, and
 * {@code finished <inserted> <updated> <rejected>}.
 */
public final class CrashImportMain {
    /** The tenant every crash run imports into. */
    static final TenantId TENANT = TenantId.of("crash");

    private CrashImportMain() {
    }

    public static void main(String[] args) throws Exception {
        String database = args[0];
        Path csv = Path.of(args[1]);
        long fromByte = Long.parseLong(args[2]);
        int batchSize = Integer.parseInt(args[3]);
        int pauseBeforeCommit = Integer.parseInt(args[4]);
        PrintStream out = System.out;
        try (Opened opened = open(database, pauseBeforeCommit, out)) {
            out.println("opened");
            ImportSummary summary = run(opened.store, csv, fromByte, batchSize, out);
            out.println("finished " + summary.inserted() + " " + summary.updated() + " " + summary.rejected());
        }
        out.flush();
    }

    /**
     * Imports the file (from {@code fromByte}) into {@code store}, printing a {@code committed} line per batch
     * to {@code out}; shared by the child process and the final in-process run of the crash suite.
     */
    static ImportSummary run(JdbcCrmStore store, Path csv, long fromByte, int batchSize, PrintStream out) {
        return run(store, csv, fromByte, batchSize, out, rows -> { });
    }

    /** As {@link #run(JdbcCrmStore, Path, long, int, PrintStream)}, also telling {@code committed} the rows so far. */
    static ImportSummary run(JdbcCrmStore store, Path csv, long fromByte, int batchSize, PrintStream out,
                             LongConsumer committed) {
        Clock clock = Clock.systemUTC();
        ImportContext context = new ImportContext(store, TENANT, clock, new UuidV7Generator(clock));
        CsvImport importer = CsvImport.builder(context).mapping(SourceContacts.MAPPING).batchSize(batchSize)
                .rejects(row -> out.println("rejected " + row.rowNumber() + " " + row.reasonCode() + " " + row.reason()))
                .listener(new ImportListener() {
                    @Override
                    public void progress(ImportProgress progress) {
                        out.println("committed " + progress.rowsImported() + " " + progress.rejected());
                        out.flush();
                        committed.accept(progress.rowsImported());
                    }
                })
                .build();
        return importer.run(input(csv, fromByte));
    }

    /** The whole file, or its header followed by the rows from {@code fromByte} on. */
    private static ImportInput input(Path csv, long fromByte) {
        if (fromByte == 0) {
            return ImportInput.ofFile(csv, StandardCharsets.UTF_8);
        }
        try {
            byte[] header = headerLine(csv);
            InputStream rows = Files.newInputStream(csv);
            rows.skipNBytes(fromByte);
            long size = header.length + Files.size(csv) - fromByte;
            return ImportInput.of(new SequenceInputStream(new ByteArrayInputStream(header), rows), StandardCharsets.UTF_8,
                    OptionalLong.of(size), csv.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line with its line break (the header has no quoted line breaks). */
    private static byte[] headerLine(Path csv) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            byte[] start = in.readNBytes(64 * 1024);
            for (int i = 0; i < start.length; i++) {
                if (start[i] == '\n') {
                    return java.util.Arrays.copyOf(start, i + 1);
                }
            }
        }
        throw new IllegalArgumentException(csv + " has no header line");
    }

    /** A store and what has to be closed with it. */
    private record Opened(JdbcCrmStore store, AutoCloseable pool) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            store.close();
            if (pool != null) {
                pool.close();
            }
        }
    }

    private static Opened open(String database, int pauseBeforeCommit, PrintStream out) {
        if (database.startsWith("h2file:")) {
            Path file = Path.of(database.substring("h2file:".length()));
            if (pauseBeforeCommit == 0) {
                return new Opened(JdbcCrmStore.h2File(file), null);
            }
            // the URL JdbcCrmStore.h2File uses, behind a data source that can stop before a commit
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000");
            return new Opened(JdbcCrmStore.builder().dataSource(pausing(h2, pauseBeforeCommit, out)).build(), null);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database);
        config.setMaximumPoolSize(2);
        config.setPoolName("crash-child");
        HikariDataSource pool = new HikariDataSource(config);
        DataSource source = pauseBeforeCommit == 0 ? pool : pausing(pool, pauseBeforeCommit, out);
        return new Opened(JdbcCrmStore.builder().dataSource(source).build(), pool);
    }

    /**
     * {@code target} whose connections stop before the {@code pauseAt}-th commit (counted over all connections):
     * they print {@code paused <n>} and sleep until the process is killed.
     */
    private static DataSource pausing(DataSource target, int pauseAt, PrintStream out) {
        AtomicInteger commits = new AtomicInteger();
        return (DataSource) Proxy.newProxyInstance(CrashImportMain.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        return pausingConnection(connection, commits, pauseAt, out);
                    }
                    return result;
                });
    }

    private static Connection pausingConnection(Connection target, AtomicInteger commits, int pauseAt, PrintStream out) {
        return (Connection) Proxy.newProxyInstance(CrashImportMain.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit") && commits.incrementAndGet() == pauseAt) {
                        out.println("paused " + pauseAt);
                        out.flush();
                        Thread.sleep(Long.MAX_VALUE);
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
