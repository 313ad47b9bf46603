package dev.crmkit.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A ready-made Jackson mapper for CRMKit values. */
public final class CrmJson {
    private CrmJson() {
    }

    /**
     * A new mapper with {@link CrmJacksonModule}, ISO-8601 dates, empty optionals left out, and unknown
     * properties rejected (so a typo in a hand-written model file is an error, not silently ignored).
     */
    public static ObjectMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new CrmJacksonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
    }
}
