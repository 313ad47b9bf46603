package dev.crmkit.jdbc.robustness;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.imports.CsvCells;
import dev.crmkit.imports.mapping.ImportMapping;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded file of contacts for the crash suite: each row has an external id, a name, a unique primary email,
 * zero to two other emails, zero to two phone numbers, maybe a title and up to three custom properties (an
 * enumeration, a number and a free-text note with commas, quotes, line breaks and SQL metacharacters). Row
 * {@code i} depends only on the seed and {@code i}, so the expected contact of any row can be rebuilt without
 * keeping the file in memory.
 */
final class SourceContacts {
    /** The external-id source of every row. */
    static final String SOURCE = "crash";
    /** The file's columns, in order. */
    static final List<String> COLUMNS = List.of("ID", "First Name", "Last Name", "Email", "Other Emails", "Phones", "Title",
            "Segment", "Score", "Note");
    /** How the file maps to contacts; property definitions are created by the first import. */
    static final ImportMapping MAPPING = ImportMapping.fromJson("""
            {
              "object": "contacts",
              "externalId": {"source": "crash", "column": "ID"},
              "propertyDefinitions": "create",
              "fields": {
                "firstName": {"column": "First Name"},
                "lastName": {"column": "Last Name"},
                "email": {"column": "Email"},
                "otherEmails": {"column": "Other Emails", "split": ";"},
                "phones": {"column": "Phones", "split": ";"},
                "title": {"column": "Title"},
                "properties.segment": {"column": "Segment", "type": "enumeration",
                                       "allowedValues": ["Gold", "Silver", "Bronze"]},
                "properties.score": {"column": "Score", "type": "number"},
                "properties.note": {"column": "Note", "type": "string"}
              }
            }
            """);

    private static final List<String> FIRST = List.of("Ada", "Grace", "Zoë", "Jean-Luc", "李", "Ana María", "Søren", "O'Neil");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Müller", "O'Brien", "小龙", "García Márquez",
            "Kierkegaard", "d'Alembert");
    private static final List<String> TITLES = List.of("CTO", "Head of \"Growth\"", "VP, Sales", "Ingénieure");
    private static final List<String> SEGMENTS = List.of("Gold", "Silver", "Bronze");
    private static final List<String> NOTES = List.of("met at the fair, wants a demo", "said \"call me in May\"",
            "line one\nline two", "'; DROP TABLE crm_contact; --", "50% off_promo \\ backslash", "emoji 😀 and ümlaut");
    /** Ofcom's drama ranges: valid numbers that reach nobody. */
    private static final List<String> PHONE_PREFIXES = List.of("+44207946", "+44113496", "+44161496");

    private final long seed;
    private final int count;

    SourceContacts(long seed, int count) {
        this.seed = seed;
        this.count = count;
    }

    int count() {
        return count;
    }

    /** The external id of row {@code index} (0-based); ids sort in row order. */
    static String externalId(int index) {
        String digits = Integer.toString(index);
        return "c-" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    /** The row number of an external id made by {@link #externalId}, or -1 when it is not one. */
    static int indexOf(String externalId) {
        if (!externalId.matches("c-\\d{7}")) {
            return -1;
        }
        return Integer.parseInt(externalId.substring(2));
    }

    /** Row {@code index} (0-based). */
    Row row(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size())) + " " + index;
        String email = "p" + index + "." + random.nextInt(1000) + "@example.com";
        List<String> others = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            others.add("p" + index + ".alt" + i + "@example.org");
        }
        List<String> phones = new ArrayList<>();
        int phoneCount = random.nextInt(3);
        for (int i = 0; i < phoneCount; i++) {
            phones.add(PHONE_PREFIXES.get(i) + Integer.toString(10_000 + random.nextInt(1000)).substring(1));
        }
        Optional<String> title = random.nextInt(3) == 0 ? Optional.empty() : Optional.of(TITLES.get(random.nextInt(TITLES.size())));
        Optional<String> segment = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(SEGMENTS.get(random.nextInt(SEGMENTS.size())));
        Optional<BigDecimal> score = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(random.nextInt(100_000), 2));
        Optional<String> note = random.nextInt(2) == 0 ? Optional.empty()
                : Optional.of(NOTES.get(random.nextInt(NOTES.size())) + " #" + index);
        return new Row(externalId(index), first, last, email, others, phones, title, segment, score, note);
    }

    /**
     * Writes the file (UTF-8, comma-separated, quoted where needed) and returns where each data row starts and
     * how many child rows every prefix of the file makes.
     */
    Written write(Path file) {
        long[] offsets = new long[count];
        long[] emails = new long[count + 1];
        long[] phones = new long[count + 1];
        long[] properties = new long[count + 1];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long position = writeLine(out, COLUMNS);
            for (int i = 0; i < count; i++) {
                Row row = row(i);
                offsets[i] = position;
                position += writeLine(out, row.fields());
                emails[i + 1] = emails[i] + 1 + row.otherEmails().size();
                phones[i + 1] = phones[i] + row.phones().size();
                properties[i + 1] = properties[i] + row.view().properties().size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(file, offsets, emails, phones, properties);
    }

    /**
     * A written file: where each data row starts (in bytes, so an import can resume at any row) and, for every
     * prefix of {@code n} rows, the email, phone and property rows their contacts have in the store.
     */
    record Written(Path file, long[] offsets, long[] emails, long[] phones, long[] properties) {
    }

    private static long writeLine(OutputStream out, List<String> fields) throws IOException {
        byte[] bytes = (CsvCells.line(fields, ',') + "\r\n").getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }

    /** One source row; {@link #view()} is what the stored contact must look like. */
    record Row(String externalId, String firstName, String lastName, String email, List<String> otherEmails,
               List<String> phones, Optional<String> title, Optional<String> segment, Optional<BigDecimal> score,
               Optional<String> note) {

        List<String> fields() {
            return List.of(externalId, firstName, lastName, email, String.join(";", otherEmails), String.join(";", phones),
                    title.orElse(""), segment.orElse(""), score.map(BigDecimal::toPlainString).orElse(""), note.orElse(""));
        }

        ContactView view() {
            Map<String, String> properties = new TreeMap<>();
            segment.ifPresent(s -> properties.put("segment", "choice:" + s));
            score.ifPresent(s -> properties.put("score", "number:" + s.stripTrailingZeros().toPlainString()));
            note.ifPresent(n -> properties.put("note", "text:" + n));
            return new ContactView(List.of(SOURCE + ":" + externalId), Optional.of(firstName), Optional.of(lastName),
                    Optional.of(email), otherEmails, phones, title, properties);
        }
    }

    /**
     * The fields of a contact that an import of this file sets, in comparable form: two contacts with equal
     * views agree on everything the row says (a stored contact's id, version and moments are not compared).
     */
    record ContactView(List<String> externalIds, Optional<String> firstName, Optional<String> lastName,
                       Optional<String> email, List<String> otherEmails, List<String> phones, Optional<String> title,
                       Map<String, String> properties) {

        static ContactView of(Contact contact) {
            Map<String, String> properties = new TreeMap<>();
            contact.properties().forEach((key, value) -> properties.put(key, describe(value)));
            return new ContactView(contact.externalIds().stream().map(ExternalId::toString).sorted().toList(),
                    contact.firstName(), contact.lastName(), contact.primaryEmail().map(EmailAddress::value),
                    contact.otherEmails().stream().map(EmailAddress::value).toList(),
                    contact.phones().stream().map(PhoneNumber::e164).toList(), contact.title(), properties);
        }

        private static String describe(PropertyValue value) {
            if (value instanceof PropertyValue.Choice choice) {
                return "choice:" + choice.value();
            }
            if (value instanceof PropertyValue.Number number) {
                return "number:" + number.value().stripTrailingZeros().toPlainString();
            }
            if (value instanceof PropertyValue.Text text) {
                return "text:" + text.value();
            }
            return value.getClass().getSimpleName() + ":" + value;
        }
    }
}
