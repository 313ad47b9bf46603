package dev.crmkit;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.event.PipelineCreated;
import dev.crmkit.event.PipelineDeleted;
import dev.crmkit.event.PipelineUpdated;
import dev.crmkit.internal.Drafts;
import dev.crmkit.internal.Stored;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.DealQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pipeline use cases of one tenant. Each method is one transaction (or part of the caller's
 * {@link CrmTenant#inTransaction} block); events are delivered after commit.
 */
public final class Pipelines {
    private final TxRunner runner;

    Pipelines(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Creates a pipeline. {@code draft} fills a builder whose id, {@code createdAt} and {@code updatedAt} the
     * façade has set; leave those and {@code version} alone. Raises {@link PipelineCreated}.
     *
     * @return the stored pipeline (version 1)
     * @throws dev.crmkit.core.error.ValidationException for a missing name, stages that do not form a valid
     *                                                    pipeline, or a field the façade assigns
     */
    public Pipeline create(Consumer<Pipeline.Builder> draft) {
        Objects.requireNonNull(draft, "draft");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            PipelineId id = ctx.newId(PipelineId::new);
            Pipeline.Builder builder = Pipeline.builder().id(id).createdAt(now).updatedAt(now);
            draft.accept(builder);
            return insert(ctx, builder.build(), id, now);
        });
    }

    /**
     * Creates a pipeline from a template, e.g. {@code create(PipelineTemplates::hubspotStyle, "Sales")}: the
     * façade supplies the id and creation moment. Raises {@link PipelineCreated}.
     *
     * @return the stored pipeline (version 1)
     * @throws dev.crmkit.core.error.ValidationException for an invalid name or a template that ignores the
     *                                                    supplied id or moment
     */
    public Pipeline create(PipelineTemplate template, String name) {
        Objects.requireNonNull(template, "template");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            PipelineId id = ctx.newId(PipelineId::new);
            return insert(ctx, template.create(id, name, now), id, now);
        });
    }

    /**
     * Stores a changed pipeline (with the version read; {@code updatedAt} is set by the façade). Stages that
     * still hold deals cannot be removed, nor switch between open, won and lost. Raises {@link PipelineUpdated}.
     *
     * @return the stored pipeline (version + 1)
     * @throws dev.crmkit.core.error.NotFoundException   when the pipeline does not exist
     * @throws dev.crmkit.spi.VersionConflictException   when it changed since it was read
     * @throws RuleViolationException                    ({@code pipeline.stage-in-use},
     *                                                    {@code pipeline.stage-kind-in-use}) for every such stage
     * @throws dev.crmkit.core.error.ValidationException for a changed {@code createdAt}
     */
    public Pipeline update(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Pipeline stored = Stored.expect(ctx.uow().pipelines(), pipeline.id(), pipeline.version(), Pipeline::version);
            Drafts.requireUnchanged("createdAt", stored.createdAt(), pipeline.createdAt(), "it records the creation");
            List<RuleViolation> violations = new ArrayList<>();
            for (Stage before : stored.stages()) {
                Optional<Stage> after = pipeline.stage(before.key());
                if (after.isPresent() && after.get().kind() == before.kind()) {
                    continue;
                }
                long deals = dealsIn(ctx, stored.id(), before.key());
                if (deals == 0) {
                    continue;
                }
                violations.add(after.isEmpty()
                        ? new RuleViolation(CrmRuleIds.STAGE_IN_USE, "stages",
                                "stage '" + before.name() + "' still has " + deals + " deal(s); move them first")
                        : new RuleViolation(CrmRuleIds.STAGE_KIND_IN_USE, "stages",
                                "stage '" + before.name() + "' has " + deals + " deal(s) and cannot change from "
                                        + before.kind() + " to " + after.get().kind()));
            }
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            Pipeline changed = pipeline.withUpdatedAt(Writes.notBefore(now, stored.updatedAt()));
            Pipeline updated = ctx.uow().pipelines().update(changed);
            ctx.publish(new PipelineUpdated(ctx.tenant(), now, updated));
            return updated;
        });
    }

    /**
     * Deletes a pipeline that has no deals. Raises {@link PipelineDeleted}.
     *
     * @throws RuleViolationException                  ({@code pipeline.in-use}) when deals are still in it:
     *                                                 delete them or move their records first
     * @throws dev.crmkit.core.error.NotFoundException when the pipeline does not exist
     * @throws dev.crmkit.spi.VersionConflictException when its version is not {@code expectedVersion}
     */
    public void delete(PipelineId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        runner.call(ctx -> {
            Pipeline stored = Stored.expect(ctx.uow().pipelines(), id, expectedVersion, Pipeline::version);
            long deals = ctx.uow().deals().count(DealQuery.builder().pipeline(id).build());
            if (deals > 0) {
                throw new RuleViolationException(List.of(new RuleViolation(CrmRuleIds.PIPELINE_IN_USE, "pipeline",
                        "pipeline '" + stored.name() + "' still has " + deals + " deal(s)")));
            }
            ctx.uow().pipelines().delete(id, expectedVersion);
            ctx.publish(new PipelineDeleted(ctx.tenant(), ctx.now(), id));
            return null;
        });
    }

    /** The pipeline, or empty. */
    public Optional<Pipeline> find(PipelineId id) {
        return runner.call(ctx -> ctx.uow().pipelines().find(id));
    }

    /**
     * The pipeline.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     */
    public Pipeline get(PipelineId id) {
        return runner.call(ctx -> ctx.uow().pipelines().get(id));
    }

    /** Every pipeline of the tenant, oldest first. */
    public List<Pipeline> list() {
        return runner.call(ctx -> ctx.uow().pipelines().findAll());
    }

    private static Pipeline insert(TxContext ctx, Pipeline pipeline, PipelineId id, Instant now) {
        Drafts.requireAssigned("id", id, pipeline.id());
        Drafts.requireAssigned("createdAt", now, pipeline.createdAt());
        Drafts.requireAssigned("updatedAt", now, pipeline.updatedAt());
        Drafts.requireAssigned("version", 0L, pipeline.version());
        Pipeline stored = ctx.uow().pipelines().insert(pipeline);
        ctx.publish(new PipelineCreated(ctx.tenant(), now, stored));
        return stored;
    }

    private static long dealsIn(TxContext ctx, PipelineId pipeline, String stage) {
        return ctx.uow().deals().count(DealQuery.builder().pipeline(pipeline).addStages(stage).build());
    }
}
