package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.imports.mapping.ImportMapping;
import dev.crmkit.spi.CrmStorageException;
import dev.crmkit.spi.DuplicateKeyException;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchIsolationTest {
    static final ImportMapping MAPPING = ImportMapping.fromJson("""
            {"object": "contacts", "externalId": {"source": "crm", "column": "ID"},
             "fields": {"lastName": {"column": "Name"}, "email": {"column": "Email"}}}
            """);

    static String rows(int count, int... poisoned) {
        java.util.Set<Integer> poison = java.util.Arrays.stream(poisoned).boxed().collect(java.util.stream.Collectors.toSet());
        StringBuilder csv = new StringBuilder("ID,Name,Email\n");
        for (int i = 1; i <= count; i++) {
            csv.append(i).append(',').append(poison.contains(i) ? "Poison" : "Name" + i).append(",person").append(i).append("@example.com\n");
        }
        return csv.toString();
    }

    @Test
    void aBatchThatFailsAsAWholeIsSplitUntilOnlyTheOffendingRowsAreRejected() {
        FaultyStore store = new FaultyStore(new InMemoryCrmStore(), batch -> {
            if (batch.stream().anyMatch(c -> ((Contact) c).lastName().orElse("").equals("Poison"))) {
                throw new DuplicateKeyException("Contact", "primaryEmail=clash@example.com");
            }
        });
        ImportFixture fixture = new ImportFixture(store);

        ImportSummary summary = fixture.run(MAPPING, rows(64, 7, 40), 64);

        assertThat(summary.inserted()).isEqualTo(62);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(fixture.rejects).extracting(RejectedRow::rowNumber).containsExactly(7L, 40L);
        assertThat(fixture.rejectCodes()).containsOnly("duplicate:Contact.primaryEmail");
        assertThat(fixture.contactCount()).isEqualTo(62);
        assertThat(fixture.contacts()).noneMatch(c -> c.lastName().orElse("").equals("Poison"));
        // two bad rows in 64 cost at most two paths of halvings (2 * 2 * log2(64) tries), not one try per row
        assertThat(store.transactions.get()).isLessThanOrEqualTo(1 + 2 * 2 * 6);
    }

    @Test
    void transientFailuresAreRetried() {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        FaultyStore store = new FaultyStore(new InMemoryCrmStore(), batch -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new CrmStorageException("deadlock", true);
            }
        });
        ImportFixture fixture = new ImportFixture(store);

        ImportSummary summary = fixture.run(MAPPING, rows(5));

        assertThat(summary.inserted()).isEqualTo(5);
        assertThat(summary.rejected()).isZero();
    }

    @Test
    void aStoreThatKeepsFailingTransientlyEndsTheImport() {
        FaultyStore store = new FaultyStore(new InMemoryCrmStore(), batch -> {
            throw new CrmStorageException("connection lost", true);
        });
        ImportFixture fixture = new ImportFixture(store);

        assertThatThrownBy(() -> fixture.run(MAPPING, rows(5)))
                .isInstanceOf(ImportAbortedException.class)
                .hasMessageContaining("kept failing")
                .satisfies(e -> assertThat(((ImportAbortedException) e).isTransient()).isTrue());
        assertThat(fixture.contactCount()).isZero();
    }
}
