package dev.crmkit.core.model.shared;

import java.util.UUID;
import java.util.function.Function;

/**
 * Source of new ids. Injected everywhere an id is created, so tests and hosts control ids the way they
 * control time. The default, {@link UuidV7Generator}, makes time-ordered UUID version 7 values, which keep
 * B-tree indexes compact.
 */
@FunctionalInterface
public interface IdGenerator {

    /** A new, unique UUID. */
    UUID nextUuid();

    /**
     * A new typed id, e.g. {@code ids.next(DealId::new)}.
     *
     * @param wrapper the typed id's constructor
     * @return the new id
     */
    default <T> T next(Function<UUID, T> wrapper) {
        return wrapper.apply(nextUuid());
    }
}
