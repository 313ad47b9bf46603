package dev.crmkit.spi.memory;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.spi.PipelineRepository;
import java.util.Comparator;
import java.util.List;

/** Pipelines of an in-memory unit of work. */
final class MemoryPipelineRepository extends MemoryRepository<PipelineId, Pipeline> implements PipelineRepository {
    private static final Comparator<Pipeline> ORDER = Comparator.comparing(Pipeline::createdAt)
            .thenComparing(p -> p.id().value(), Orders.UUID_ORDER);

    MemoryPipelineRepository(MemoryUnitOfWork uow) {
        super(uow, TenantState.PIPELINES);
    }

    @Override
    public List<Pipeline> findAll() {
        return table().all().stream().sorted(ORDER).toList();
    }
}
