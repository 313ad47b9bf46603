package dev.crmkit.spi;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.PipelineId;
import java.util.List;

/**
 * Pipelines of the unit of work's tenant (a handful per tenant, so they are listed, not paged).
 * Unique keys: id.
 */
public interface PipelineRepository extends AggregateRepository<Pipeline, PipelineId> {

    /** Every pipeline of the tenant, by creation moment then id. */
    List<Pipeline> findAll();

    @Override
    default String kind() {
        return "Pipeline";
    }
}
