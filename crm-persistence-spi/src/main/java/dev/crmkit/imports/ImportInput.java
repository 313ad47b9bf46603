package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The text an import reads, with what is known about its size for progress reporting. Built from a
 * {@link Reader} (size unknown) or from bytes and a character set; bytes are decoded strictly: a byte sequence
 * that is not valid in the character set stops the import with an {@link ImportAbortedException} instead of
 * silently becoming a replacement character.
 */
public final class ImportInput {
    private final Reader reader;
    private final String name;
    private final LongSupplier bytesRead;
    private final OptionalLong totalBytes;
    private final Optional<Charset> charset;

    private ImportInput(Reader reader, String name, LongSupplier bytesRead, OptionalLong totalBytes,
                        Optional<Charset> charset) {
        this.reader = reader;
        this.name = name;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
        this.charset = charset;
    }

    /**
     * Text from a reader; bytes read are not known.
     *
     * @param reader the text; closed when the import ends
     * @param name   a name for messages and reject files, e.g. the file name
     */
    public static ImportInput of(Reader reader, String name) {
        return new ImportInput(Objects.requireNonNull(reader, "reader"), Objects.requireNonNull(name, "name"), null,
                OptionalLong.empty(), Optional.empty());
    }

    /**
     * Bytes decoded strictly in {@code charset}.
     *
     * @param in         the bytes; closed when the import ends
     * @param charset    the character set
     * @param totalBytes the size, when known (for a progress bar's percentage and ETA)
     * @param name       a name for messages and reject files
     */
    public static ImportInput of(InputStream in, Charset charset, OptionalLong totalBytes, String name) {
        CountingInputStream counting = new CountingInputStream(Objects.requireNonNull(in, "in"));
        Reader reader = new InputStreamReader(counting, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new ImportInput(reader, Objects.requireNonNull(name, "name"), counting::count, totalBytes,
                Optional.of(charset));
    }

    /**
     * A file decoded strictly in {@code charset}, with its size known.
     *
     * @throws ValidationException (field {@code file}) when the file cannot be opened
     */
    public static ImportInput ofFile(Path file, Charset charset) {
        try {
            return of(Files.newInputStream(file), charset, OptionalLong.of(Files.size(file)), file.getFileName().toString());
        } catch (IOException e) {
            throw new ValidationException("file", file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** The text. */
    public Reader reader() {
        return reader;
    }

    /** The name for messages and reject files. */
    public String name() {
        return name;
    }

    /** The bytes consumed so far (read ahead of parsing by up to a buffer), when known. */
    public OptionalLong bytesRead() {
        return bytesRead == null ? OptionalLong.empty() : OptionalLong.of(bytesRead.getAsLong());
    }

    /** The size in bytes, when known. */
    public OptionalLong totalBytes() {
        return totalBytes;
    }

    /** The character set bytes are decoded with, when the input was built from bytes. */
    public Optional<Charset> charset() {
        return charset;
    }

    void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close " + name, e);
        }
    }
}
