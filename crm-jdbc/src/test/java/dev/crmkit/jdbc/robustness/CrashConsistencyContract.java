package dev.crmkit.jdbc.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.imports.CsvImport;
import dev.crmkit.imports.ImportSummary;
import dev.crmkit.jdbc.JdbcCrmStore;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.Pages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Imports killed with SIGKILL leave the database consistent. A child JVM ({@link CrashImportMain}) imports
 * {@link #ROWS} contacts from a CSV file with {@link CsvImport} (one transaction per batch of {@link #BATCH}
 * rows, upserting by external id) and is killed {@link #KILLS} times at seeded random points: after a random
 * number of committed batches plus a random delay, at a random moment after it started (during JVM start,
 * opening and migrating the store, creating the property definitions or any batch), or paused just before a
 * commit, with every statement of that transaction run. Each killed run resumes the same file where the stored
 * rows end (sometimes a little earlier, or at the start, so killed batches also update stored contacts).
 *
 * <p>After every kill this process opens the database as a host would (for H2 the same file) and checks that
 * the stored contacts are exactly the file's first rows, a whole number of batches past where the killed run
 * started and no fewer than the run reported committed (exactly that many when it was paused before a commit);
 * that every table holds exactly the email, phone, external-id and property rows those contacts have, so no
 * record is partial; and that the contacts the run wrote around its start and its end equal their rows field by
 * field. Then the same import runs to the end and every one of the {@link #ROWS} contacts is compared with its
 * row: exactly the source's records, each once.
 *
 * <p>A store's test says how to create, open and drop its database; the suite takes a few minutes per database
 * ({@link Scale}: soak runs kill {@value #SOAK_KILLS} times and compare every stored contact after every kill).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrashConsistencyContract {
    static final long SEED = 20_250_302L;
    /** Contacts in the file. */
    static final int ROWS = 200_000;
    /** Rows per transaction: the importer's default, as a host runs it. */
    static final int BATCH = CsvImport.DEFAULT_BATCH_SIZE;
    static final int SOAK_KILLS = 100;
    /** Kills per database. */
    static final int KILLS = Scale.of(20, SOAK_KILLS);
    /** The longest a child may take to reach the point where it is killed, before the run counts as hung. */
    private static final Duration WAIT_LIMIT = Duration.ofMinutes(3);
    private static final Set<String> CONTACT_TABLES = Set.of("contact", "contact_email", "contact_phone", "external_id",
            "property_value", "property_definition");

    /** How a run is ended. */
    enum KillMode {
        /** After a random number of committed batches and a random delay of up to 250 ms. */
        AFTER_COMMITS,
        /** Paused before a random commit, every statement of that transaction run. */
        BEFORE_COMMIT,
        /** At a random moment 0.3 to 4 s after the process started. */
        AT_RANDOM_TIME
    }

    /** The file, the H2 database and the children's log; deleted afterwards. */
    private Path work;

    private SourceContacts source;
    private SourceContacts.Written file;

    /** Creates the empty database the children import into (skips the test when the database is not configured). */
    protected abstract void createDatabase(Path work);

    /** The database argument of {@link CrashImportMain}. */
    protected abstract String childDatabase();

    /** Opens the database in this process as a host would, migrating it if needed. */
    protected abstract JdbcCrmStore openStore();

    /** Plain SQL access to the database, while {@link #openStore()}'s store is open. */
    protected abstract DataSource dataSource();

    /** The tables of the database with their row counts, while {@link #openStore()}'s store is open. */
    protected abstract SchemaSnapshot snapshot();

    /**
     * Waits until nothing of a killed child can still change the database. A database server may still complete a
     * commit the child sent just before it died; reading before that would see the batch appear mid-check.
     */
    protected void awaitKilledChildGone() {
    }

    /** Runs after each batch of the final re-run, with the rows it has read so far. */
    protected void duringRerun(long rowsRead) {
    }

    /** Runs after each check, with the store open, before the next child starts. */
    protected void afterCheck(long storedContacts) {
    }

    /** Drops what {@link #createDatabase} created. */
    protected abstract void dropDatabase();

    @BeforeAll
    final void prepare() throws IOException {
        work = Files.createTempDirectory("crm-crash-");
        createDatabase(work);
        source = new SourceContacts(SEED, ROWS);
        file = source.write(work.resolve("contacts.csv"));
    }

    @AfterAll
    final void drop() throws IOException {
        try {
            dropDatabase();
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void killedImportsLeaveOnlyWholeBatchesAndTheRerunStoresExactlyTheSource() throws Exception {
        Random random = new Random(SEED);
        Path log = work.resolve("children.log");
        Map<KillMode, Integer> kills = new EnumMap<>(KillMode.class);
        int runs = 0;
        int killed = 0;
        long stored = 0;
        long started = System.nanoTime();
        while (killed < KILLS) {
            runs++;
            int from = startRow(random, stored);
            KillMode mode = runs == 1 ? KillMode.AT_RANDOM_TIME : KillMode.values()[pick(random)];
            Run run = run(mode, from, random, log);
            if (run.killed()) {
                killed++;
                kills.merge(mode, 1, Integer::sum);
            }
            stored = checkAfter(run, stored);
        }
        Duration killing = Duration.ofNanos(System.nanoTime() - started);

        long rerunStarted = System.nanoTime();
        ImportSummary summary;
        try (JdbcCrmStore store = openStore()) {
            summary = CrashImportMain.run(store, file.file(), 0, BATCH, new PrintStream(OutputStream.nullOutputStream()),
                    this::duringRerun);
        }
        Duration rerun = Duration.ofNanos(System.nanoTime() - rerunStarted);
        assertThat(summary.rowsRead()).isEqualTo(ROWS);
        assertThat(summary.rejected()).as("rejected rows (%s)", summary.rejectedByReason()).isZero();
        assertThat(summary.updated()).as("rows already stored before the re-run").isEqualTo(stored);
        assertThat(summary.inserted()).isEqualTo(ROWS - stored);

        long verifyStarted = System.nanoTime();
        try (JdbcCrmStore store = openStore()) {
            assertWholeRowsStored(store, ROWS);
            assertEveryContactEqualsItsRow(store);
        }
        Duration verify = Duration.ofNanos(System.nanoTime() - verifyStarted);
        System.out.printf("[robustness] %s: %d contacts, %d kills in %d runs %s in %d s; re-run of the whole file "
                        + "(%d updated, %d inserted) %d s; comparing every contact %d s%n", getClass().getSimpleName(), ROWS,
                killed, runs, kills, killing.toSeconds(), summary.updated(), summary.inserted(), rerun.toSeconds(),
                verify.toSeconds());
    }

    /** Where a run starts: where the stored rows end, sometimes a few batches earlier or at the start. */
    private static int startRow(Random random, long stored) {
        if (stored == 0) {
            return 0;
        }
        if (stored >= ROWS) {
            return random.nextInt(ROWS);
        }
        int choice = random.nextInt(10);
        if (choice == 0) {
            return 0;
        }
        if (choice <= 2) {
            return (int) Math.max(0, stored - (1 + random.nextInt(3)) * BATCH - random.nextInt(BATCH));
        }
        return (int) stored;
    }

    /** Half of the runs are killed after commits, three in ten before a commit, two in ten at a random time. */
    private static int pick(Random random) {
        int choice = random.nextInt(10);
        return choice < 5 ? 0 : choice < 8 ? 1 : 2;
    }

    /**
     * One child run from row {@code from}, ended as {@code mode} says.
     *
     * @param from the first row the run imports
     * @param mode how it is killed
     */
    private Run run(KillMode mode, int from, Random random, Path log) throws InterruptedException {
        int pauseBefore = mode == KillMode.BEFORE_COMMIT ? 1 + random.nextInt(10) : 0;
        int batches = 1 + random.nextInt(6);
        long delayMillis = mode == KillMode.AT_RANDOM_TIME ? 300 + random.nextInt(3_700) : random.nextInt(250);
        long fromByte = from == 0 ? 0 : file.offsets()[from];
        try (ChildImport child = ChildImport.start(childDatabase(), file.file(), fromByte, BATCH, pauseBefore, log)) {
            boolean reached = switch (mode) {
                case AFTER_COMMITS -> child.await(line -> line.startsWith("committed ")
                        && Long.parseLong(line.split(" ")[1]) >= (long) batches * BATCH, WAIT_LIMIT);
                case BEFORE_COMMIT -> child.await(line -> line.startsWith("paused "), WAIT_LIMIT);
                case AT_RANDOM_TIME -> true;
            };
            if (!reached && child.isAlive()) {
                fail("%s from row %d did not reach its kill point within %s; output %s; log %s", child, from, WAIT_LIMIT,
                        child.lines(), child.errorLog());
            }
            long wait = mode == KillMode.AT_RANDOM_TIME ? delayMillis - child.age().toMillis()
                    : mode == KillMode.AFTER_COMMITS ? delayMillis : 0;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            boolean killed = child.kill();
            if (!killed) {
                assertThat(child.printed("finished")).as("%s ended on its own; output %s; log %s", child, child.lines(),
                        child.errorLog()).isTrue();
            }
            assertThat(child.lines()).as("rows rejected by %s", child).noneMatch(l -> l.startsWith("rejected "));
            return new Run(mode, from, killed, child.printed("paused"), child.lastCommitted(), child.lines());
        }
    }

    /**
     * What a run did.
     *
     * @param committed the rows its last {@code committed} line counted
     * @param paused    whether it was killed while paused before a commit
     */
    private record Run(KillMode mode, int from, boolean killed, boolean paused, long committed, List<String> output) {
        @Override
        public String toString() {
            return "run from row " + from + " " + (killed ? "killed " + mode : "finished") + ", last lines "
                    + output.subList(Math.max(0, output.size() - 3), output.size());
        }
    }

    /**
     * Opens the database after {@code run} and checks it; returns how many rows are stored now.
     *
     * @param before the rows stored before the run
     */
    private long checkAfter(Run run, long before) {
        if (run.killed()) {
            awaitKilledChildGone();
        }
        try (JdbcCrmStore store = openStore()) {
            long stored = snapshot().rowCounts().getOrDefault(table(store, "contact"), 0L);
            long reported = Math.max(before, Math.min(ROWS, run.from() + run.committed()));
            long oneMore = Math.max(before, Math.min(ROWS, run.from() + run.committed() + BATCH));
            String what = run + " (stored before: " + before + ")";
            if (!run.killed()) {
                assertThat(stored).as("rows after %s, which finished", what).isEqualTo(Math.max(before, ROWS));
            } else if (run.paused()) {
                assertThat(stored).as("rows after %s, killed before a commit", what).isEqualTo(reported);
            } else {
                // the batch after the last line may have committed before the kill, its line not yet printed
                assertThat(stored).as("rows after %s", what).isIn(reported, oneMore);
            }
            assertWholeRowsStored(store, stored);
            int end = (int) Math.min(stored, run.from() + run.committed() + BATCH);
            List<Integer> window = new ArrayList<>();
            for (int row = run.from(); row < Math.min(end, run.from() + BATCH); row++) {
                window.add(row);
            }
            for (int row = Math.max(run.from() + BATCH, end - 2 * BATCH); row < end; row++) {
                window.add(row);
            }
            if (Scale.soak()) {
                window.clear();
                for (int row = 0; row < stored; row++) {
                    window.add(row);
                }
            }
            assertRowsEqualSource(store, window);
            afterCheck(stored);
            return stored;
        }
    }

    /**
     * The stored contacts are exactly rows {@code 0..rows-1} (by external id), and every table holds exactly the
     * child rows of those contacts: nothing partial, nothing extra, nothing of another table.
     */
    private void assertWholeRowsStored(JdbcCrmStore store, long rows) {
        Map<String, UUID> ids = storedExternalIds();
        BitSet present = new BitSet(ROWS);
        for (String externalId : ids.keySet()) {
            int row = SourceContacts.indexOf(externalId);
            assertThat(row).as("stored external id %s", externalId).isBetween(0, ROWS - 1);
            present.set(row);
        }
        assertThat(present.cardinality()).as("stored contacts").isEqualTo(ids.size()).isEqualTo((int) rows);
        assertThat(present.nextClearBit(0)).as("first row not stored").isEqualTo((int) rows);

        Map<String, Long> counts = new HashMap<>(snapshot().rowCounts());
        int n = (int) rows;
        Map<String, Long> expected = Map.of("contact", rows, "contact_email", file.emails()[n], "contact_phone",
                file.phones()[n], "external_id", rows, "property_value", file.properties()[n]);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Long> table : counts.entrySet()) {
            String name = table.getKey().replaceFirst("^crm_", "");
            long count = table.getValue();
            boolean right = expected.containsKey(name) ? count == expected.get(name)
                    // created in a transaction of their own before the first row
                    : name.equals("property_definition") ? count == 3 || (count == 0 && rows == 0)
                    : name.startsWith("schema_history") || count == 0;
            if (!right) {
                wrong.add(table.getKey() + " has " + count + " rows" + (expected.containsKey(name) ? ", expected "
                        + expected.get(name) : ""));
            }
        }
        if (!wrong.isEmpty()) {
            // name the contacts that differ from their rows, if that is what is wrong
            assertRowsEqualSource(store, IntStream.range(0, n).boxed().toList());
            fail("with %d whole rows stored: %s", rows, wrong);
        }
        assertThat(counts.keySet().stream().map(t -> t.replaceFirst("^crm_", ""))).containsAll(CONTACT_TABLES);
    }

    /** External id to record id of every stored contact, read from the external-id table. */
    private Map<String, UUID> storedExternalIds() {
        Map<String, UUID> ids = new HashMap<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT source, external_id, record_id FROM "
                     + "crm_external_id WHERE tenant_id = ? AND object_type = ?")) {
            select.setString(1, CrashImportMain.TENANT.value());
            select.setString(2, ObjectType.CONTACT.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString(1)).isEqualTo(SourceContacts.SOURCE);
                    UUID previous = ids.put(rows.getString(2), UUID.fromString(rows.getString(3)));
                    assertThat(previous).as("records with external id %s", rows.getString(2)).isNull();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the external ids: " + e.getMessage(), e);
        }
        return ids;
    }

    /** The stored contacts of {@code rows} (read through the store, a thousand at a time) equal their rows. */
    private void assertRowsEqualSource(JdbcCrmStore store, List<Integer> rows) {
        Map<String, UUID> ids = storedExternalIds();
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Integer> chunk = rows.subList(from, Math.min(rows.size(), from + 1000));
            List<ContactId> wanted = chunk.stream().map(row -> new ContactId(ids.get(SourceContacts.externalId(row)))).toList();
            List<Contact> found = store.inTransaction(CrashImportMain.TENANT, uow -> uow.contacts().findAll(wanted));
            assertThat(found).as("stored contacts of rows %d..%d", chunk.get(0), chunk.get(chunk.size() - 1))
                    .hasSameSizeAs(chunk);
            for (Contact contact : found) {
                assertEqualsItsRow(contact);
            }
        }
    }

    /** Every stored contact, paged through the store, equals its row, and each row is stored once. */
    private void assertEveryContactEqualsItsRow(JdbcCrmStore store) {
        BitSet seen = new BitSet(ROWS);
        store.run(CrashImportMain.TENANT, uow -> Pages.forEach(page -> uow.contacts().find(ContactQuery.all(), page),
                1000, contact -> {
                    int row = assertEqualsItsRow(contact);
                    assertThat(seen.get(row)).as("row %d stored twice", row).isFalse();
                    seen.set(row);
                }));
        assertThat(seen.cardinality()).isEqualTo(ROWS);
    }

    private int assertEqualsItsRow(Contact contact) {
        assertThat(contact.externalIds()).hasSize(1);
        ExternalId externalId = contact.externalIds().iterator().next();
        int row = SourceContacts.indexOf(externalId.id());
        assertThat(row).as("row of %s", externalId).isBetween(0, ROWS - 1);
        assertThat(SourceContacts.ContactView.of(contact)).as("contact %s", externalId).isEqualTo(source.row(row).view());
        return row;
    }

    private static String table(JdbcCrmStore store, String name) {
        return store.tablePrefix() + name;
    }
}
