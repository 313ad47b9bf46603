package dev.crmkit.jdbc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One versioned migration script, named the Flyway way ({@code V<version>__<description>.sql}), with the
 * checksum Flyway computes for it (CRC-32 over the UTF-8 bytes of each line without its line break, a
 * leading byte-order mark removed), so a history row written by Flyway and one written by the store agree.
 *
 * @param version     the version, e.g. {@code 1}
 * @param description the description, underscores as spaces, e.g. {@code init}
 * @param script      the file name
 * @param text        the script text before placeholder replacement
 * @param checksum    Flyway's checksum of the text
 */
record Migration(String version, String description, String script, String text, int checksum) {
    private static final Pattern NAME = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bCREATE\\s+TABLE\\s+\\$\\{prefix}([a-z0-9_]+)");

    /** Loads a script from the classpath. */
    static Migration load(String folder, String script) {
        Matcher name = NAME.matcher(script);
        if (!name.matches()) {
            throw new IllegalArgumentException("not a versioned migration name: " + script);
        }
        String resource = "/dev/crmkit/jdbc/migration/" + folder + "/" + script;
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the classpath: " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Migration(name.group(1).replace('_', '.'), name.group(2).replace('_', ' '), script, text,
                    checksum(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Flyway's checksum of a script. */
    static int checksum(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }

    /** The names, without the prefix, of the tables the script creates ({@code CREATE TABLE ${prefix}name}), in order. */
    List<String> createdTables() {
        List<String> tables = new ArrayList<>();
        Matcher create = CREATE_TABLE.matcher(text);
        while (create.find()) {
            tables.add(create.group(1));
        }
        return tables;
    }

    /** The script with Flyway's {@code ${prefix}} placeholder replaced. */
    String sql(String prefix) {
        return text.replace("${prefix}", prefix);
    }
}
