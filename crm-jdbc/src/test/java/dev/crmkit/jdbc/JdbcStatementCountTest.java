package dev.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.imports.CsvImport;
import dev.crmkit.imports.ImportContext;
import dev.crmkit.imports.ImportInput;
import dev.crmkit.imports.ImportSummary;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealGrouping;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.tck.TckData;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No N+1: reading a page, a timeline or the board, and writing a batch, take a number of statements that does
 * not grow with the number of rows. Counted on H2 with a data source whose connections record every
 * statement they prepare.
 */
class JdbcStatementCountTest {
    private static final TenantId TENANT = TenantId.of("counting");

    private TestDatabase database;
    private CountingDataSource counting;
    private JdbcCrmStore store;
    private TckData data;
    private Pipeline pipeline;
    private Account account;

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        counting = new CountingDataSource(database.dataSource());
        store = JdbcCrmStore.builder().dataSource(counting).schemaMode(SchemaMode.MIGRATE).build();
        data = new TckData();
        pipeline = data.pipeline("Sales");
        account = data.account("Acme");
        store.run(TENANT, uow -> {
            uow.pipelines().insert(pipeline);
            uow.accounts().insert(account);
        });
    }

    @AfterEach
    void close() {
        store.close();
        database.close();
    }

    /** The statements {@code work} prepares in one unit of work. */
    private List<String> statementsOf(Consumer<UnitOfWork> work) {
        counting.reset();
        store.run(TENANT, work);
        return counting.statements();
    }

    private int batches;

    private List<Contact> contacts(int n) {
        List<Contact> contacts = new ArrayList<>();
        int batch = ++batches;
        for (int i = 0; i < n; i++) {
            contacts.add(data.contactBuilder("First" + i, "Last" + i)
                    .primaryEmail(EmailAddress.of("person" + i + "." + batch + "@example.com"))
                    .addOtherEmails(EmailAddress.of("other" + i + "." + batch + "@example.org"))
                    .addPhones(PhoneNumber.of("+14155550123")).addAccounts(AccountLink.of(account.id(), "buyer"))
                    .addExternalIds(ExternalId.of("import", "c" + i + "-" + batch))
                    .putProperties("score", PropertyValue.number(BigDecimal.valueOf(i))).build());
        }
        return contacts;
    }

    @Test
    void aPageOfContactsWithEveryChildTableTakesSixStatementsHoweverLarge() {
        store.run(TENANT, uow -> uow.contacts().insertAll(contacts(3)));
        List<String> small = statementsOf(uow -> assertThat(uow.contacts().find(ContactQuery.all(), PageRequest.first(1000))
                .items()).hasSize(3));
        store.run(TENANT, uow -> uow.contacts().insertAll(contacts(120)));
        List<String> large = statementsOf(uow -> assertThat(uow.contacts().find(ContactQuery.all(), PageRequest.first(1000))
                .items()).hasSize(123));

        // the page, then emails, phones, account links, external ids and properties, each with one key look-up
        assertThat(small).hasSize(6);
        assertThat(large).hasSize(small.size());
    }

    @Test
    void bulkInsertsAndUpsertsTakeTheSameStatementsForFiveOrFiveHundredRows() {
        List<String> five = statementsOf(uow -> uow.contacts().insertAll(contacts(5)));
        List<String> fiveHundred = statementsOf(uow -> uow.contacts().insertAll(contacts(500)));
        assertThat(fiveHundred).hasSize(five.size()).hasSize(6);

        List<Contact> again = contacts(200);
        store.run(TENANT, uow -> uow.contacts().insertAll(again));
        List<Contact> incoming = again.stream().map(c -> c.withId(data.contactId()).withTitle("Updated")).toList();
        List<String> upsert = statementsOf(uow -> uow.contacts().upsertAllByExternalId("import", incoming));
        List<String> smallUpsert = statementsOf(uow -> uow.contacts().upsertAllByExternalId("import", incoming.subList(0, 3)));
        // one lookup of the external ids, one lock of the matched records, the upsert, and per child table one
        // delete and one batch
        assertThat(upsert).hasSize(smallUpsert.size()).hasSize(13);
    }

    @Test
    void aTimelineOverManyRecordsTakesTwoStatements() {
        List<Contact> people = contacts(10);
        store.run(TENANT, uow -> uow.contacts().insertAll(people));
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            deals.add(data.dealBuilder(pipeline, "Deal " + i).addContacts(DealContact.of(people.get(i).id(), "buyer")).build());
        }
        store.run(TENANT, uow -> uow.deals().insertAll(deals));
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            activities.add(data.noteBuilder("Note " + i, TckData.at(i)).contact(people.get(i % 10).id())
                    .deal(i % 3 == 0 ? java.util.Optional.of(deals.get(i % 5).id()) : java.util.Optional.empty())
                    .addExternalIds(ExternalId.of("mail", "m" + i)).build());
        }
        store.run(TENANT, uow -> uow.activities().insertAll(activities));
        ActivityQuery timeline = ActivityQuery.builder().addAllContacts(people.stream().map(Contact::id).toList())
                .addAccounts(account.id()).addAllDeals(deals.stream().map(Deal::id).toList()).build();

        List<String> firstPage = statementsOf(uow -> assertThat(uow.activities().find(timeline, PageRequest.first(10)).items()).hasSize(10));
        List<String> wholeTimeline = statementsOf(uow -> assertThat(uow.activities().find(timeline, PageRequest.first(1000)).items())
                .hasSize(200));

        assertThat(firstPage).hasSize(2);
        assertThat(wholeTimeline).hasSize(2);
    }

    @Test
    void theBoardAndForecastAggregationsAreOneStatement() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            deals.add(data.dealBuilder(pipeline, "Deal " + i).stage(pipeline.stages().get(i % pipeline.stages().size()).key())
                    .amount(Money.of(i + "00.00", i % 2 == 0 ? "USD" : "EUR")).build());
        }
        store.run(TENANT, uow -> uow.deals().insertAll(deals.subList(0, 10)));
        List<String> small = statementsOf(uow -> uow.deals().board(pipeline.id(), DealStatus.OPEN));
        store.run(TENANT, uow -> uow.deals().insertAll(deals.subList(10, 300)));
        List<String> large = statementsOf(uow -> uow.deals().board(pipeline.id(), DealStatus.OPEN));
        List<String> forecast = statementsOf(uow -> uow.deals().aggregate(DealQuery.builder().status(DealStatus.OPEN).build(),
                EnumSet.of(DealGrouping.OWNER, DealGrouping.CLOSE_MONTH, DealGrouping.PIPELINE)));

        assertThat(small).hasSize(1);
        assertThat(large).hasSize(1);
        assertThat(forecast).hasSize(1).allSatisfy(sql -> assertThat(sql).contains("GROUP BY"));
    }

    @Test
    void findAllOfManyIdsIsOneStatementPerTableAndThousandIds() {
        List<Contact> people = contacts(150);
        store.run(TENANT, uow -> uow.contacts().insertAll(people));
        List<ContactId> ids = people.stream().map(Contact::id).toList();

        List<String> statements = statementsOf(uow -> assertThat(uow.contacts().findAll(ids)).hasSize(150));

        assertThat(statements).hasSize(6);
    }

    @Test
    void aCsvImportBatchTakesTheSameStatementsForFiftyRowsAsForFourHundred() {
        assertThat(csvImportStatements(400)).hasSameSizeAs(csvImportStatements(50));
    }

    /**
     * The statements of importing {@code n} HubSpot contact rows in one batch, after the same rows were imported
     * once (so every row is an update with a stored record, an owned email and a known company).
     */
    private List<String> csvImportStatements(int n) {
        StringBuilder csv = new StringBuilder("Record ID,First Name,Last Name,Email,Company Name\n");
        for (int i = 0; i < n; i++) {
            csv.append(n).append('-').append(i).append(",Ada,Row").append(i).append(",row").append(i).append('.').append(n)
                    .append("@example.com,Company ").append(i % 7).append('\n');
        }
        Clock clock = Clock.systemUTC();
        CsvImport importer = CsvImport.builder(new ImportContext(
                        store, TENANT, clock, new UuidV7Generator(clock)))
                .mapping(ImportMapping.builtIn("hubspot-contacts")).batchSize(500).build();
        importer.run(ImportInput.of(new StringReader(csv.toString()), "first.csv"));
        counting.reset();
        ImportSummary summary = importer.run(
                ImportInput.of(new StringReader(csv.toString()), "again.csv"));
        assertThat(summary.updated()).isEqualTo(n);
        return counting.statements();
    }
}
