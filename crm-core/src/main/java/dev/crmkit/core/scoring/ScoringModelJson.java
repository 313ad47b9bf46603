package dev.crmkit.core.scoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.json.CrmJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link ScoringModel}s as JSON (the format of
 * {@code dev/crmkit/core/scoring/b2b-default-model.json}). Reading is strict: unknown fields, duplicate keys,
 * fractional numbers where whole ones belong and trailing content are errors. Every error is a
 * {@link ValidationException} whose field is the JSON path of the offending value, e.g.
 * {@code fit.rules[2].when.max} or {@code engagement.rules[0].pointz}.
 */
public final class ScoringModelJson {
    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectReader READER = MAPPER.readerFor(ScoringModel.class);
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();

    private ScoringModelJson() {
    }

    /**
     * Reads a model. Throws {@link ValidationException} naming the JSON path of the first invalid value,
     * {@link UncheckedIOException} when the reader fails.
     */
    public static ScoringModel read(Reader json) {
        ValidationException.check(json != null, "json", null, "is required");
        try {
            ScoringModel model = READER.readValue(json);
            ValidationException.check(model != null, "json", null, "must be a JSON object, not null");
            return model;
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model from a JSON text; see {@link #read(Reader)}. */
    public static ScoringModel read(String json) {
        ValidationException.check(json != null, "json", null, "is required");
        return read(new java.io.StringReader(json));
    }

    /** The model as pretty-printed JSON, which {@link #read(String)} reads back to an equal model. */
    public static String write(ScoringModel model) {
        ValidationException.check(model != null, "model", null, "is required");
        try {
            return WRITER.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a valid model always serializes", e);
        }
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = CrmJson.newObjectMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return mapper;
    }

    private static ValidationException translate(JsonProcessingException e) {
        ValidationException cause = findValidationCause(e);
        if (!(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String field = e instanceof StreamReadException read && read.getProcessor() != null
                    ? path(read.getProcessor().getParsingContext()) : "";
            ValidationException invalid = new ValidationException(field.isEmpty() ? "json" : field, null,
                    "is not valid JSON" + where + ": " + e.getOriginalMessage());
            invalid.initCause(e);
            return invalid;
        }
        String path = path(mapping.getPath());
        ValidationException translated;
        if (cause != null) {
            String field = path.isEmpty() ? cause.field()
                    : path.endsWith("." + cause.field()) || path.equals(cause.field()) ? path : path + "." + cause.field();
            translated = new ValidationException(field, cause.rejectedValue(), cause.reason());
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = new ArrayList<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            Collections.sort(known);
            translated = new ValidationException(path, null, "is not a known field; known fields here: " + known);
        } else if (e instanceof InvalidTypeIdException typeId) {
            translated = new ValidationException(path.isEmpty() ? "type" : path + ".type", typeId.getTypeId(),
                    "must name a known type: " + knownTypes(typeId));
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Object rejected = e instanceof InvalidFormatException format ? format.getValue() : null;
            translated = new ValidationException(path.isEmpty() ? "json" : path, rejected,
                    "must be " + expected(mismatch.getTargetType()));
        } else {
            translated = new ValidationException(path.isEmpty() ? "json" : path, null, mapping.getOriginalMessage());
        }
        translated.initCause(e);
        return translated;
    }

    private static ValidationException findValidationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
        }
        return null;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The path of the value a parser stopped at, from its nested contexts. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.add(0, "[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String knownTypes(InvalidTypeIdException e) {
        Class<?> base = e.getBaseType() == null ? null : e.getBaseType().getRawClass();
        if (base == Decay.class) {
            return "none, half_life, expiry";
        }
        return "equals, in, range, exists, missing, event_count";
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration such as P30D or PT12H";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "a valid " + type.getSimpleName();
    }
}
