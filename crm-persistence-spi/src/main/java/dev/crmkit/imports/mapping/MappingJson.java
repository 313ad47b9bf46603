package dev.crmkit.imports.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.json.CrmJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads and writes mappings as JSON, turning Jackson's errors into {@link ValidationException}s with JSON paths. */
final class MappingJson {
    private static final ObjectMapper MAPPER = CrmJson.newObjectMapper();

    private MappingJson() {
    }

    static ImportMapping read(Reader json) {
        try {
            ImportMapping mapping = MAPPER.readValue(json, ImportMapping.class);
            ValidationException.check(mapping != null, "mapping", null, "the JSON is empty");
            return mapping;
        } catch (UnrecognizedPropertyException e) {
            throw new ValidationException(path(e.getPath()), e.getPropertyName(),
                    "is not a known attribute (known: " + e.getKnownPropertyIds() + ")");
        } catch (JsonMappingException e) {
            throw translate(e);
        } catch (JsonProcessingException e) {
            throw new ValidationException("mapping", e.getLocation() == null ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
                    "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the mapping", e);
        }
    }

    static String write(ImportMapping mapping) {
        try {
            return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mapping could not be written as JSON", e);
        }
    }

    private static ValidationException translate(JsonMappingException e) {
        String where = path(e.getPath());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationException invalid) {
                String field = invalid.field();
                String full;
                if (where.isEmpty()) {
                    full = field;
                } else if (where.endsWith("]") || where.equals(field) || where.endsWith("." + field)) {
                    // an enum or list element: the path already points at the rejected value
                    full = where;
                } else {
                    full = where + "." + field;
                }
                return new ValidationException(full, invalid.rejectedValue(), invalid.reason());
            }
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new ValidationException(where.isEmpty() ? "mapping" : where, null,
                    "has the wrong JSON type (expected " + describe(mismatch.getTargetType()) + ")");
        }
        return new ValidationException(where.isEmpty() ? "mapping" : where, null, e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " value";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
