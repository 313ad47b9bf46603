package dev.crmkit.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.core.json.CrmJson;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.pipeline.StageRequirement;
import dev.crmkit.core.model.pipeline.TransitionPolicy;
import dev.crmkit.spi.CrmStorageException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few values stored as JSON text because no query ever filters on them: a contact's lifecycle history,
 * a pipeline's transition policy, a stage's required fields, an enumeration property's allowed values.
 */
final class JsonColumns {
    private static final TypeReference<Map<LifecycleStage, Instant>> LIFECYCLE = new TypeReference<>() {
    };
    private static final TypeReference<Set<StageRequirement>> REQUIREMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ObjectMapper mapper = CrmJson.newObjectMapper();

    String lifecycle(Map<LifecycleStage, Instant> enteredAt) {
        return write(enteredAt);
    }

    Map<LifecycleStage, Instant> lifecycle(String json) {
        return read(json, LIFECYCLE);
    }

    String transitionPolicy(TransitionPolicy policy) {
        try {
            return mapper.writerFor(TransitionPolicy.class).writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the transition policy as JSON", e);
        }
    }

    TransitionPolicy transitionPolicy(String json) {
        try {
            return mapper.readValue(json, TransitionPolicy.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    String requirements(Set<StageRequirement> requirements) {
        return write(requirements);
    }

    Set<StageRequirement> requirements(String json) {
        return read(json, REQUIREMENTS);
    }

    String strings(List<String> values) {
        return write(values);
    }

    List<String> strings(String json) {
        return read(json, STRINGS);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static CrmStorageException unreadable(JsonProcessingException e) {
        return new CrmStorageException("a stored JSON column cannot be read: " + e.getOriginalMessage(), false, e);
    }
}
