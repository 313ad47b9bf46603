package dev.crmkit.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * Registers what CRMKit's model needs in a host's {@code ObjectMapper}: {@code Optional} fields
 * (jdk8 module) and {@code java.time} values (JSR-310 module). The model's own types carry their JSON
 * shape in annotations (ids as strings, money amounts as strings, property values with a {@code type}).
 * Also disable {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS} to get ISO-8601 moments, or use
 * {@link CrmJson#newObjectMapper()} which does.
 */
public final class CrmJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module. */
    public CrmJacksonModule() {
        super("CrmJacksonModule", Version.unknownVersion());
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new Jdk8Module(), new JavaTimeModule());
    }
}
