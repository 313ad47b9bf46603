package dev.crmkit.spi;

import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.PipelineId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A filter over stage history entries, ordered by moment then id, oldest first. */
@Value.Immutable
@CrmStyle
public abstract class AbstractStageChangeQuery {

    /** Entries of deals in this pipeline (the pipeline recorded on the entry). */
    public abstract Optional<PipelineId> pipeline();

    /** Entries at or after this moment. */
    public abstract Optional<Instant> changedFrom();

    /** Entries before this moment (exclusive). */
    public abstract Optional<Instant> changedBefore();

    /** Matches every entry. */
    public static StageChangeQuery all() {
        return StageChangeQuery.builder().build();
    }
}
