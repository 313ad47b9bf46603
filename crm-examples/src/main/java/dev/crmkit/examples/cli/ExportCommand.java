package dev.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.json.CrmJson;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.Probabilities;
import dev.crmkit.imports.CsvCells;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm export contacts|deals}: every contact or deal of the tenant as CSV (one column per field and per
 * custom property, references written as names and emails) or as JSON (the entities as CRMKit serializes
 * them). CSV text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) are neutralized with {@link CsvCells#neutralize}; numbers are written as numbers.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export contacts or deals as CSV (formula-safe) or JSON.")
final class ExportCommand extends CrmCommand {
    private static final int PAGE = 1000;

    /** The output formats. */
    enum Format {
        /** RFC 4180 CSV with a header row. */
        CSV,
        /** A JSON array of the entities. */
        JSON
    }

    @Override
    protected int run() {
        throw usage("name what to export: contacts or deals");
    }

    @Command(name = "contacts", mixinStandardHelpOptions = true, description = "Export every contact.")
    int contacts(@Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "csv or json. Default: ${DEFAULT-VALUE}")
                 Format format,
                 @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of the standard output.")
                 Path outFile) throws Exception {
        return guarded(() -> {
            CrmTenant tenant = session().tenant();
            long count = write(outFile, out -> {
                if (format == Format.JSON) {
                    json(out, sink -> Pages.forEach(page -> tenant.contacts().find(ContactQuery.all(), page), PAGE, sink));
                } else {
                    contactsCsv(tenant, out);
                }
            });
            report(outFile, count, "contacts");
            return ExitCodes.OK;
        });
    }

    @Command(name = "deals", mixinStandardHelpOptions = true, description = "Export every deal.")
    int deals(@Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "csv or json. Default: ${DEFAULT-VALUE}")
              Format format,
              @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of the standard output.")
              Path outFile) throws Exception {
        return guarded(() -> {
            CrmTenant tenant = session().tenant();
            long count = write(outFile, out -> {
                if (format == Format.JSON) {
                    json(out, sink -> Pages.forEach(page -> tenant.deals().find(DealQuery.all(), page), PAGE, sink));
                } else {
                    dealsCsv(tenant, out);
                }
            });
            report(outFile, count, "deals");
            return ExitCodes.OK;
        });
    }

    /** Something that writes records and counts them. */
    private interface Export {
        void writeTo(Output out) throws IOException;
    }

    /** Where an export writes, counting the records. */
    private static final class Output {
        private final Writer writer;
        private long records;

        Output(Writer writer) {
            this.writer = writer;
        }

        void csvLine(List<String> cells) throws IOException {
            writer.write(CsvCells.line(cells, ','));
            writer.write("\r\n");
        }
    }

    private long write(Path outFile, Export export) throws IOException {
        if (outFile == null) {
            PrintWriter stdout = out();
            Output output = new Output(stdout);
            export.writeTo(output);
            stdout.flush();
            return output.records;
        }
        Path parent = outFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer file = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            Output output = new Output(file);
            export.writeTo(output);
            return output.records;
        }
    }

    private void report(Path outFile, long count, String what) {
        if (outFile != null) {
            out().println("Exported " + Formats.count(count) + " " + what + " to " + outFile);
        }
    }

    private static <T> void json(Output out, Consumer<Consumer<T>> source) throws IOException {
        ObjectMapper mapper = CrmJson.newObjectMapper();
        try (JsonGenerator json = mapper.getFactory().createGenerator(new NonClosingWriter(out.writer))) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            try {
                source.accept(record -> {
                    try {
                        mapper.writeValue(json, record);
                        out.records++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
        }
        out.writer.write(System.lineSeparator());
    }

    private static void contactsCsv(CrmTenant tenant, Output out) throws IOException {
        Map<AccountId, String> accounts = accountNames(tenant);
        List<String> properties = propertyKeys(tenant, ObjectType.CONTACT);
        List<String> header = new ArrayList<>(List.of("id", "first_name", "last_name", "email", "other_emails", "phones",
                "title", "accounts", "lifecycle_stage", "lead_source", "owner", "marketing_email_opt_in", "do_not_email",
                "do_not_call", "external_ids", "created_at", "updated_at"));
        properties.forEach(key -> header.add("property." + key));
        out.csvLine(header);
        IOException[] failure = new IOException[1];
        Pages.forEach(p -> tenant.contacts().find(ContactQuery.all(), p), PAGE, contact -> {
            if (failure[0] != null) {
                return;
            }
            List<String> cells = new ArrayList<>();
            cells.add(contact.id().value().toString());
            cells.add(text(contact.firstName()));
            cells.add(text(contact.lastName()));
            cells.add(text(contact.primaryEmail().map(EmailAddress::value)));
            cells.add(text(contact.otherEmails().stream().map(EmailAddress::value).collect(Collectors.joining("; "))));
            cells.add(text(contact.phones().stream().map(PhoneNumber::e164).collect(Collectors.joining("; "))));
            cells.add(text(contact.title()));
            cells.add(text(contact.accounts().stream().map(AccountLink::account).map(a -> accounts.getOrDefault(a, a.value().toString()))
                    .collect(Collectors.joining("; "))));
            cells.add(contact.lifecycleStage().name());
            cells.add(text(contact.leadSource()));
            cells.add(text(contact.owner().map(UserId::value)));
            cells.add(Boolean.toString(contact.consent().marketingEmailOptIn()));
            cells.add(Boolean.toString(contact.consent().doNotEmail()));
            cells.add(Boolean.toString(contact.consent().doNotCall()));
            cells.add(text(externalIds(contact.externalIds())));
            cells.add(contact.createdAt().toString());
            cells.add(contact.updatedAt().toString());
            properties.forEach(key -> cells.add(property(contact.properties().get(key))));
            try {
                out.csvLine(cells);
                out.records++;
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static void dealsCsv(CrmTenant tenant, Output out) throws IOException {
        Map<AccountId, String> accounts = accountNames(tenant);
        Map<ContactId, String> contacts = new HashMap<>();
        Pages.forEach(p -> tenant.contacts().find(ContactQuery.all(), p), PAGE,
                c -> contacts.put(c.id(), c.primaryEmail().map(EmailAddress::value).orElse(c.displayName())));
        Map<PipelineId, Pipeline> pipelines = tenant.pipelines().list().stream().collect(Collectors.toMap(Pipeline::id, p -> p));
        List<String> properties = propertyKeys(tenant, ObjectType.DEAL);
        List<String> header = new ArrayList<>(List.of("id", "name", "pipeline", "stage", "amount", "currency", "probability",
                "expected_close_date", "account", "contacts", "owner", "source", "lost_reason", "external_ids", "created_at",
                "closed_at", "last_activity_at", "updated_at"));
        properties.forEach(key -> header.add("property." + key));
        out.csvLine(header);
        IOException[] failure = new IOException[1];
        Pages.forEach(p -> tenant.deals().find(DealQuery.all(), p), PAGE, deal -> {
            if (failure[0] != null) {
                return;
            }
            Pipeline pipeline = pipelines.get(deal.pipeline());
            List<String> cells = new ArrayList<>();
            cells.add(deal.id().value().toString());
            cells.add(text(deal.name()));
            cells.add(text(pipeline == null ? "" : pipeline.name()));
            cells.add(text(deal.stage()));
            cells.add(deal.amount().map(m -> m.amount().toPlainString()).orElse(""));
            cells.add(deal.amount().map(m -> m.currency().getCurrencyCode()).orElse(""));
            cells.add(pipeline == null || pipeline.stage(deal.stage()).isEmpty() ? ""
                    : Probabilities.effectiveProbability(deal, pipeline).value().stripTrailingZeros().toPlainString());
            cells.add(deal.expectedCloseDate().map(Object::toString).orElse(""));
            cells.add(text(deal.account().map(a -> accounts.getOrDefault(a, a.value().toString()))));
            cells.add(text(deal.contacts().stream().map(DealContact::contact).map(c -> contacts.getOrDefault(c, c.value().toString()))
                    .collect(Collectors.joining("; "))));
            cells.add(text(deal.owner().map(UserId::value)));
            cells.add(text(deal.source()));
            cells.add(text(deal.lostReason()));
            cells.add(text(externalIds(deal.externalIds())));
            cells.add(deal.createdAt().toString());
            cells.add(deal.closedAt().map(Instant::toString).orElse(""));
            cells.add(deal.lastActivityAt().map(Instant::toString).orElse(""));
            cells.add(deal.updatedAt().toString());
            properties.forEach(key -> cells.add(property(deal.properties().get(key))));
            try {
                out.csvLine(cells);
                out.records++;
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private static Map<AccountId, String> accountNames(CrmTenant tenant) {
        Map<AccountId, String> names = new HashMap<>();
        Pages.forEach(p -> tenant.accounts().find(AccountQuery.all(), p), PAGE, (Account a) -> names.put(a.id(), a.name()));
        return names;
    }

    private static List<String> propertyKeys(CrmTenant tenant, ObjectType type) {
        return tenant.propertyDefinitions().list(type).stream().map(PropertyDefinition::key).sorted().toList();
    }

    private static String externalIds(Set<ExternalId> ids) {
        return ids.stream().map(id -> id.source() + ":" + id.id()).sorted().collect(Collectors.joining("; "));
    }

    /** A text cell, neutralized against formula injection. */
    private static String text(String value) {
        return CsvCells.neutralize(value);
    }

    private static String text(Optional<String> value) {
        return text(value.orElse(""));
    }

    /** A property cell: numbers as numbers, everything else as neutralized text. */
    private static String property(PropertyValue value) {
        if (value == null) {
            return "";
        }
        if (value instanceof PropertyValue.Number number) {
            return number.value().toPlainString();
        }
        if (value instanceof PropertyValue.Amount amount) {
            return text(amount.value().amount().toPlainString() + " " + amount.value().currency().getCurrencyCode());
        }
        return text(value.asText());
    }

    /** Lets the JSON generator close without closing the output it writes to. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
