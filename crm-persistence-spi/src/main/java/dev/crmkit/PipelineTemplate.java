package dev.crmkit;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.PipelineId;
import java.time.Instant;

/**
 * Makes a pipeline from an id, a name and a creation moment, which the façade supplies. The methods of
 * {@link dev.crmkit.core.model.pipeline.PipelineTemplates} fit: {@code PipelineTemplates::hubspotStyle}.
 */
@FunctionalInterface
public interface PipelineTemplate {

    /** The pipeline with this id, name and creation moment. */
    Pipeline create(PipelineId id, String name, Instant createdAt);
}
