package dev.crmkit.examples.bench;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.JdbcCrmStore;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk import of {@code rows} deals ({@code DealRepository.insertAll}) and {@code rows} contacts
 * ({@code ContactRepository.upsertAllByExternalId}) through CRMKit, in batches of {@value #BATCH} with one
 * {@code CrmStore.inTransaction} per batch, against the hand-written JDBC baseline {@link PlainImport} writing
 * the same rows into tables of the same shape. Each invocation imports into empty tables; rows are generated
 * per batch inside the measured time on both sides (so memory does not grow with {@code rows}), CRMKit's side
 * also turning each row into its immutable {@code Deal} or {@code Contact}, as a host would. The score is the
 * time of the whole import; rows/s is {@code rows / score}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class ImportBenchmark {
    /** Rows per transaction (and per JDBC batch). */
    public static final int BATCH = 1000;
    /** Table prefix of CRMKit's import tables. */
    public static final String CRM_PREFIX = "imp_crm_";
    /** Table prefix of the baseline's import tables (the same schema). */
    public static final String PLAIN_PREFIX = "imp_plain_";
    private static final TenantId TENANT = TenantId.of("import");
    private static final long SEED = 20250101L;
    private static final List<String> WRITTEN = List.of("deal_contact", "stage_change", "deal", "contact_email",
            "contact_phone", "contact_account", "contact", "external_id", "property_value");

    /** The database. */
    @Param({"H2"})
    public BenchDatabase db;

    /** Deals or contacts per invocation. */
    @Param({"20000"})
    public int rows;

    private BenchSchema schema;
    private JdbcCrmStore store;
    private PlainImport plain;

    /** Opens the pool and migrates both prefixes' tables. */
    @Setup(Level.Trial)
    public void open() {
        schema = BenchSchema.open(db, BenchEnvironment.current(), 2);
        store = schema.store(CRM_PREFIX);
        schema.store(PLAIN_PREFIX).close();
        plain = new PlainImport(schema.dataSource(), db, PLAIN_PREFIX, TENANT.value());
    }

    /** Every invocation starts from empty tables. */
    @Setup(Level.Iteration)
    public void empty() {
        schema.truncate(CRM_PREFIX, WRITTEN);
        schema.truncate(PLAIN_PREFIX, WRITTEN);
    }

    /** Leaves the tables empty (no gigabytes left behind on a shared server) and closes the pool. */
    @TearDown(Level.Trial)
    public void close() {
        empty();
        store.close();
        schema.close();
    }

    /** CRMKit: {@code insertAll} of deals, one transaction per batch. */
    @Benchmark
    public long dealsCrmkit() {
        DealRows generator = new DealRows(SEED);
        IdSequence ids = new IdSequence(SEED);
        long written = 0;
        for (long from = 0; from < rows; from += BATCH) {
            List<Deal> batch = DealRows.toDeals(generator.rows(from, (int) Math.min(BATCH, rows - from), ids));
            written += store.inTransaction(TENANT, uow -> uow.deals().insertAll(batch)).size();
        }
        return written;
    }

    /** Baseline: the same deals with hand-written batch inserts. */
    @Benchmark
    public long dealsPlain() throws SQLException {
        DealRows generator = new DealRows(SEED);
        IdSequence ids = new IdSequence(SEED);
        long written = 0;
        for (long from = 0; from < rows; from += BATCH) {
            List<DealRow> batch = generator.rows(from, (int) Math.min(BATCH, rows - from), ids);
            plain.insertDeals(batch);
            written += batch.size();
        }
        return written;
    }

    /** CRMKit: {@code upsertAllByExternalId} of new contacts, one transaction per batch. */
    @Benchmark
    public long contactsCrmkit() {
        ContactRows generator = new ContactRows(SEED);
        IdSequence ids = new IdSequence(SEED);
        long written = 0;
        for (long from = 0; from < rows; from += BATCH) {
            List<Contact> batch = ContactRows.toContacts(generator.rows(from, (int) Math.min(BATCH, rows - from), ids));
            written += store.inTransaction(TENANT, uow -> uow.contacts().upsertAllByExternalId(DealRows.SOURCE, batch))
                    .inserted().size();
        }
        return written;
    }

    /** Baseline: the same contacts with an existence lookup and hand-written batch inserts. */
    @Benchmark
    public long contactsPlain() throws SQLException {
        ContactRows generator = new ContactRows(SEED);
        IdSequence ids = new IdSequence(SEED);
        long written = 0;
        for (long from = 0; from < rows; from += BATCH) {
            List<ContactRow> batch = generator.rows(from, (int) Math.min(BATCH, rows - from), ids);
            plain.upsertNewContacts(batch);
            written += batch.size();
        }
        return written;
    }
}
