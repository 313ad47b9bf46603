package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.tabular.CsvReader;
import dev.crmkit.core.tabular.CsvRecord;
import dev.crmkit.core.tabular.TabularIoException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile files through the whole import into an in-memory store: random bytes, broken quoting, Latin-1 and
 * UTF-16 bytes read as UTF-8, huge fields, formula cells and values of the wrong type. After every import,
 * each row read is inserted, updated or rejected with a typed error; the only other outcome is one typed
 * file-level error; and the store holds exactly one complete contact per accepted external id, equal to the
 * last accepted row with that id.
 */
class CsvImportFuzzTest {

    private final Map<String, Integer> outcomes = new HashMap<>();

    @Test
    void onlyTypedErrorsAndNeverAPartialRecord() {
        qt().withFixedSeed(20_250_118L).withExamples(3_000).forAll(FuzzInputs.file()).checkAssert(this::importAndCheck);

        // the generated files reach every outcome, so the checks above were exercised
        assertThat(outcomes).containsKeys("inserted", "updated", "aborted:CsvFormatException", "aborted:TabularIoException",
                "csv:field-count", "invalid:email", "invalid:properties.note", "invalid:lastName",
                "duplicate:Contact.primaryEmail");
    }

    private void importAndCheck(FuzzInputs.FuzzFile file) {
        ImportFixture fixture = new ImportFixture();
        ImportSummary summary;
        try {
            summary = fixture.importer(FuzzInputs.CONTACTS, file.batchSize()).run(ImportInput.of(
                    new ByteArrayInputStream(file.bytes()), StandardCharsets.UTF_8, OptionalLong.of(file.bytes().length), "fuzz.csv"));
        } catch (ImportAbortedException aborted) {
            assertThat(aborted.getCause()).isInstanceOf(CrmException.class);
            outcomes.merge("aborted:" + aborted.getCause().getClass().getSimpleName(), 1, Integer::sum);
            assertThat(aborted.getMessage()).startsWith("fuzz.csv: ");
            summary = aborted.summary();
        }

        assertThat(summary.inserted() + summary.updated() + summary.rejected()).isEqualTo(summary.rowsRead());
        Set<Long> rejectedRows = new HashSet<>();
        for (RejectedRow reject : fixture.rejects) {
            assertThat(reject.error()).isNotNull();
            assertThat(reject.reasonCode()).isEqualTo(RejectReasons.code(reject.error()));
            assertThat(reject.rowNumber()).isBetween(1L, summary.rowsRead());
            assertThat(rejectedRows.add(reject.rowNumber())).as("row rejected once").isTrue();
            outcomes.merge(reject.reasonCode(), 1, Integer::sum);
        }
        if (summary.inserted() > 0) {
            outcomes.merge("inserted", 1, Integer::sum);
        }
        if (summary.updated() > 0) {
            outcomes.merge("updated", 1, Integer::sum);
        }
        assertThat(rejectedRows).hasSize((int) summary.rejected());

        Map<String, ContactDraft> lastAccepted = new LinkedHashMap<>();
        Map<String, ContactDraft> firstAccepted = new HashMap<>();
        RowConverter converter = new RowConverter(FuzzInputs.CONTACTS);
        for (CsvRecord record : readBack(file.bytes(), summary.rowsRead())) {
            if (rejectedRows.contains(record.recordNumber())) {
                continue;
            }
            ContactDraft draft = (ContactDraft) converter.convert(record);
            lastAccepted.put(draft.externalId().id(), draft);
            firstAccepted.putIfAbsent(draft.externalId().id(), draft);
        }

        List<Contact> stored = fixture.contacts();
        assertThat(stored).hasSize(lastAccepted.size());
        assertThat((long) stored.size()).isEqualTo(summary.inserted());
        for (Contact contact : stored) {
            String id = contact.externalIds().stream().filter(e -> e.source().equals("fuzz")).map(ExternalId::id)
                    .findFirst().orElseThrow();
            ContactDraft expected = lastAccepted.get(id);
            assertThat(expected).as("stored contact %s comes from an accepted row", id).isNotNull();
            assertThat(contact.firstName()).isEqualTo(expected.firstName());
            assertThat(contact.lastName()).isEqualTo(expected.lastName());
            assertThat(contact.primaryEmail()).isEqualTo(expected.primaryEmail());
            assertThat(contact.phones()).isEqualTo(expected.phones());
            assertThat(contact.consent().doNotEmail()).isEqualTo(expected.doNotEmail().orElse(false));
            assertThat(contact.properties()).isEqualTo(Assembly.properties(Map.of(), expected.properties()));
            expected.lifecycleStage().ifPresent(stage -> assertThat(contact.lifecycleStage()).isEqualTo(stage));
            assertThat(contact.createdAt()).isEqualTo(firstAccepted.get(id).createdAt().orElse(ImportFixture.NOW));
        }
    }

    /** The first {@code rows} records of the file, read the way the import reads them. */
    private static List<CsvRecord> readBack(byte[] bytes, long rows) {
        List<CsvRecord> records = new ArrayList<>();
        if (rows == 0) {
            return records;
        }
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CsvReader csv = CsvReader.open(reader, FuzzInputs.CONTACTS.format().csvFormat())) {
            for (CsvRecord record : csv) {
                records.add(record);
                if (records.size() == rows) {
                    break;
                }
            }
        } catch (TabularIoException | dev.crmkit.core.tabular.CsvFormatException stopped) {
            // the import stopped at the same place; the records before it are what it read
        }
        assertThat(records).hasSize((int) rows);
        return records;
    }
}
