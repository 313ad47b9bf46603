package dev.crmkit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.tabular.CsvFormatException;
import dev.crmkit.imports.mapping.ImportMapping;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CsvImportContactsTest {
    static final ImportMapping MAPPING = ImportMapping.fromJson("""
            {
              "object": "contacts",
              "externalId": {"source": "crm", "column": "ID"},
              "emptyValues": ["Select", "n/a"],
              "defaults": {"phoneRegion": "US"},
              "propertyDefinitions": "create",
              "fields": {
                "fullName": {"column": "Name"},
                "email": {"column": "Email", "split": ";", "transforms": ["trim"]},
                "phones": {"column": "Phone", "split": ";"},
                "lifecycleStage": {"column": "Stage", "map": {"values": {"Customer": "CUSTOMER", "Lead": "LEAD"}, "ignoreCase": true}},
                "doNotEmail": {"column": "No Email"},
                "properties.score": {"column": "Score", "type": "number", "number": {"decimalSeparator": ","}},
                "properties.segment": {"column": "Segment", "type": "enumeration"}
              }
            }
            """);
    static final String HEADER = "ID,Name,Email,Phone,Stage,No Email,Score,Segment\r\n";

    final ImportFixture fixture = new ImportFixture();

    @Test
    void importsGoodRowsAndRejectsBadOnesWithRowNumberAndReason() {
        ImportSummary summary = fixture.run(MAPPING, HEADER
                + "1,Ada Lovelace,ada@example.com;ada.l@example.org,(415) 555-0123,customer,yes,\"12,5\",Gold\r\n"
                + "2,Grace Hopper,not-an-email,,Lead,no,3,Select\r\n"
                + "3,Alan Turing,alan@example.com,,Lead,maybe,1,Silver\r\n"
                + "4,Edsger Dijkstra,edsger@example.com,,Lead,no,7,Gold\r\n");

        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.rejectedByReason()).containsEntry("invalid:email", 1L).containsEntry("invalid:doNotEmail", 1L);
        assertThat(fixture.rejects).extracting(RejectedRow::rowNumber).containsExactly(2L, 3L);
        RejectedRow bad = fixture.rejects.get(0);
        assertThat(bad.reason()).contains("email").contains("column 'Email'").contains("not-an-email");
        assertThat(bad.fields()).containsExactly("2", "Grace Hopper", "not-an-email", "", "Lead", "no", "3", "Select");
        assertThat(bad.lineNumber()).isEqualTo(3);

        Contact ada = fixture.contacts().stream().filter(c -> c.firstName().orElse("").equals("Ada")).findFirst().orElseThrow();
        assertThat(ada.lastName()).contains("Lovelace");
        assertThat(ada.primaryEmail()).contains(EmailAddress.of("ada@example.com"));
        assertThat(ada.otherEmails()).containsExactly(EmailAddress.of("ada.l@example.org"));
        assertThat(ada.phones()).extracting(Object::toString).containsExactly("+14155550123");
        assertThat(ada.lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(ada.consent().doNotEmail()).isTrue();
        assertThat(ada.properties()).containsEntry("score", PropertyValue.number(new BigDecimal("12.5")))
                .containsEntry("segment", PropertyValue.choice("Gold"));
        assertThat(ada.createdAt()).isEqualTo(ImportFixture.NOW);
    }

    @Test
    void secondRunUpdatesEverythingAndCreatesNoDuplicates() {
        String csv = HEADER + "1,Ada Lovelace,ada@example.com,,Lead,no,1,Gold\r\n2,Grace Hopper,grace@example.com,,Lead,no,2,Silver\r\n";
        ImportSummary first = fixture.run(MAPPING, csv);
        ImportSummary second = fixture.run(MAPPING, csv);

        assertThat(first.inserted()).isEqualTo(2);
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        assertThat(fixture.contactCount()).isEqualTo(2);
    }

    @Test
    void aLaterRowWithTheSameExternalIdWins() {
        ImportSummary summary = fixture.run(MAPPING, HEADER
                + "1,Ada Lovelace,ada@example.com,,Lead,no,1,Gold\r\n"
                + "1,Ada King,ada@example.com,,Customer,no,1,Gold\r\n");

        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(fixture.contacts()).singleElement().satisfies(c -> {
            assertThat(c.lastName()).contains("King");
            assertThat(c.lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
        });
    }

    @Test
    void aSecondContactWithTheSamePrimaryEmailIsRejected() {
        ImportSummary summary = fixture.run(MAPPING, HEADER
                + "1,Ada Lovelace,ada@example.com,,Lead,no,1,Gold\r\n"
                + "2,Ada Impostor,ADA@example.com,,Lead,no,1,Gold\r\n"
                + "3,Grace Hopper,grace@example.com,,Lead,no,1,Gold\r\n");

        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(fixture.rejectCodes()).containsExactly("duplicate:Contact.primaryEmail");
        assertThat(fixture.rejects.get(0).rowNumber()).isEqualTo(2);
    }

    @Test
    void anUpdateKeepsFieldsTheMappingDoesNotName() {
        fixture.run(MAPPING, HEADER + "1,Ada Lovelace,ada@example.com,,Lead,no,1,Gold\r\n");
        ImportMapping namesOnly = ImportMapping.fromJson("""
                {"object": "contacts", "externalId": {"source": "crm", "column": "ID"},
                 "fields": {"fullName": {"column": "Name"}}}
                """);
        fixture.run(namesOnly, "ID,Name\n1,Ada King\n");

        assertThat(fixture.contacts()).singleElement().satisfies(c -> {
            assertThat(c.lastName()).contains("King");
            assertThat(c.primaryEmail()).contains(EmailAddress.of("ada@example.com"));
            assertThat(c.properties()).containsKeys("score", "segment");
        });
    }

    @Test
    void rowsWithAnotherFieldCountAreRejectedButTrailingEmptyFieldsAreAccepted() {
        ImportSummary summary = fixture.run(MAPPING, HEADER
                + "1,Ada Lovelace,ada@example.com,,Lead,no,1,Gold,,\r\n"
                + "2,Grace Hopper,grace@example.com,,Lead\r\n"
                + "3,Alan Turing,alan@example.com,,Lead,no,1,Gold,extra\r\n");

        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(fixture.rejectCodes()).containsExactly("csv:field-count", "csv:field-count");
    }

    @Test
    void aBrokenQuoteStopsTheImportAfterStoringTheRowsBeforeIt() {
        String csv = HEADER + "1,Ada Lovelace,ada@example.com,,Lead,no,1,Gold\r\n"
                + "2,\"Grace Hopper,grace@example.com,,Lead,no,1,Gold\r\n";

        assertThatThrownBy(() -> fixture.run(MAPPING, csv))
                .isInstanceOf(ImportAbortedException.class)
                .hasCauseInstanceOf(CsvFormatException.class)
                .hasMessageContaining("unterminated")
                .satisfies(e -> assertThat(((ImportAbortedException) e).summary().inserted()).isEqualTo(1));
        assertThat(fixture.contactCount()).isEqualTo(1);
    }

    @Test
    void aMissingMappedColumnStopsTheImportBeforeTheFirstRow() {
        assertThatThrownBy(() -> fixture.run(MAPPING, "ID,Name,Email\n1,Ada,ada@example.com\n"))
                .isInstanceOf(ImportAbortedException.class)
                .hasMessageContaining("no column 'Phone'");
        assertThat(fixture.contactCount()).isZero();
    }

    @Test
    void bytesInvalidInTheEncodingStopTheImportWithATypedError() {
        byte[] latin1 = (HEADER + "1,Zoë Müller,zoe@example.com,,Lead,no,1,Gold\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportInput input = ImportInput.of(new ByteArrayInputStream(latin1), StandardCharsets.UTF_8,
                OptionalLong.of(latin1.length), "latin1.csv");

        assertThatThrownBy(() -> fixture.importer(MAPPING, 500).run(input))
                .isInstanceOf(ImportAbortedException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("encoding");
        assertThat(fixture.contactCount()).isZero();
    }

    @Test
    void theRightEncodingReadsTheSameBytes() {
        byte[] latin1 = (HEADER + "1,Zoë Müller,zoe@example.com,,Lead,no,1,Gold\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ImportInput input = ImportInput.of(new ByteArrayInputStream(latin1), StandardCharsets.ISO_8859_1,
                OptionalLong.of(latin1.length), "latin1.csv");
        List<ImportProgress> progress = new ArrayList<>();
        ImportSummary summary = CsvImport.builder(fixture.context).mapping(MAPPING)
                .listener(new ImportListener() {
                    @Override
                    public void progress(ImportProgress p) {
                        progress.add(p);
                    }
                }).build().run(input);

        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(fixture.contacts()).singleElement().satisfies(c -> assertThat(c.firstName()).contains("Zoë"));
        assertThat(progress).last().satisfies(p -> {
            assertThat(p.bytesRead()).hasValue(latin1.length);
            assertThat(p.totalBytes()).hasValue(latin1.length);
            assertThat(p.rowsImported()).isEqualTo(1);
        });
    }

    @Test
    void rejectWriterWritesTheReasonAndTheOriginalRow() {
        StringWriter out = new StringWriter();
        CsvImport.builder(fixture.context).mapping(MAPPING).rejects(new CsvRejectWriter(out, false)).build()
                .run(new java.io.StringReader(HEADER + "7,\"Bad, Name\",nope,,Lead,no,1,Gold\r\n"));

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("row,line,reason_code,reason,ID,Name,Email,Phone,Stage,No Email,Score,Segment");
        assertThat(lines[1]).startsWith("1,2,invalid:email,").endsWith(",7,\"Bad, Name\",nope,,Lead,no,1,Gold");
    }
}
