package dev.crmkit;

import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.core.rules.DealMoves;
import dev.crmkit.core.rules.MoveOutcome;
import dev.crmkit.core.rules.MoveRequest;
import dev.crmkit.core.rules.PipelineRules;
import dev.crmkit.core.rules.Rotting;
import dev.crmkit.event.DealCreated;
import dev.crmkit.event.DealDeleted;
import dev.crmkit.event.DealLost;
import dev.crmkit.event.DealReopened;
import dev.crmkit.event.DealStageChanged;
import dev.crmkit.event.DealWon;
import dev.crmkit.internal.Cascades;
import dev.crmkit.internal.Drafts;
import dev.crmkit.internal.References;
import dev.crmkit.internal.Stored;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.DealAggregate;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.Pages;
import dev.crmkit.view.BoardColumn;
import dev.crmkit.view.CurrencyTotal;
import dev.crmkit.view.PipelineBoard;
import dev.crmkit.view.RottingDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Deal use cases of one tenant: create, update, delete, stage moves, closing and re-opening, the pipeline
 * board and rotting deals. Each method is one transaction (or part of the caller's
 * {@link CrmTenant#inTransaction} block); events are delivered after commit.
 */
public final class Deals {
    private final TxRunner runner;

    Deals(TxRunner runner) {
        this.runner = runner;
    }

    /**
     * Creates a deal in a pipeline and appends its creation entry to the stage history. {@code draft} fills a
     * builder on which the façade has set the id, the pipeline, the first open stage of the pipeline (the draft
     * may choose another stage), {@code stageEnteredAt}, {@code createdAt} and {@code updatedAt}; leave all but
     * the stage alone. A deal created in a won or lost stage is closed at creation. The deal must satisfy its
     * stage's gate ({@link PipelineRules#checkDeal}). Raises {@link DealCreated}.
     *
     * <pre>{@code deals.create(pipelineId, d -> d.name("Rollout").amount(Money.of("12000.00", "USD")))}</pre>
     *
     * @return the stored deal (version 1)
     * @throws dev.crmkit.core.error.NotFoundException   when the pipeline does not exist
     * @throws RuleViolationException                    with every violated rule: unknown stage, stage gate, won
     *                                                    without amount, lost without reason
     * @throws dev.crmkit.core.error.ValidationException for a missing name, an invalid value, an account or
     *                                                    contact that does not exist, a field the façade assigns,
     *                                                    or an undefined or mistyped custom property
     * @throws dev.crmkit.spi.DuplicateKeyException      when an external id is taken
     */
    public Deal create(PipelineId pipelineId, Consumer<Deal.Builder> draft) {
        Objects.requireNonNull(pipelineId, "pipelineId");
        Objects.requireNonNull(draft, "draft");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Pipeline pipeline = ctx.uow().pipelines().get(pipelineId);
            DealId id = ctx.newId(DealId::new);
            Deal.Builder builder = Deal.builder().id(id).pipeline(pipelineId).stage(pipeline.firstOpenStage().key())
                    .stageEnteredAt(now).createdAt(now).updatedAt(now);
            draft.accept(builder);
            Deal deal = builder.build();
            Drafts.requireAssigned("id", id, deal.id());
            Drafts.requireAssigned("pipeline", pipelineId, deal.pipeline());
            Drafts.requireAssigned("stageEnteredAt", now, deal.stageEnteredAt());
            Drafts.requireAssigned("createdAt", now, deal.createdAt());
            Drafts.requireAssigned("updatedAt", now, deal.updatedAt());
            Drafts.requireAssigned("version", 0L, deal.version());
            Drafts.requireAssigned("closedAt", Optional.empty(), deal.closedAt());
            Drafts.requireAssigned("lastActivityAt", Optional.empty(), deal.lastActivityAt());
            Optional<Stage> stage = pipeline.stage(deal.stage());
            if (stage.isPresent() && stage.get().kind().isClosed()) {
                deal = deal.withClosedAt(now);
            }
            List<RuleViolation> violations = PipelineRules.checkDeal(deal, pipeline);
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            References.checkDeal(ctx, deal);
            Stored.checkProperties(ctx, ObjectType.DEAL, deal.properties());
            Deal stored = ctx.uow().deals().insert(deal);
            StageChange creation = DealMoves.creation(stored, pipeline, Optional.empty(), ctx.newId(StageChangeId::new));
            ctx.uow().stageHistory().append(creation);
            ctx.publish(new DealCreated(ctx.tenant(), now, stored, creation));
            return stored;
        });
    }

    /**
     * Stores a changed deal (with the version read; {@code updatedAt} is set by the façade). The stage, pipeline,
     * {@code stageEnteredAt}, {@code closedAt}, {@code lastActivityAt} and {@code createdAt} cannot be changed
     * here: stages change only through {@link #move}, {@link #closeWon}, {@link #closeLost} and {@link #reopen},
     * which keep the stage history. The changed deal must still satisfy its stage's gate. Raises
     * {@link dev.crmkit.event.DealUpdated}.
     *
     * @return the stored deal (version + 1)
     * @throws dev.crmkit.core.error.NotFoundException   when the deal does not exist
     * @throws dev.crmkit.spi.VersionConflictException   when it changed since it was read
     * @throws dev.crmkit.core.error.ValidationException when a field managed by moves changed (field
     *                                                    {@code stage}: use move), for an account or contact that
     *                                                    does not exist, or a bad custom property
     * @throws RuleViolationException                    when the change breaks the current stage's gate (e.g.
     *                                                    removing the amount of a deal in a stage that requires one)
     */
    public Deal update(Deal deal) {
        Objects.requireNonNull(deal, "deal");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Deal stored = Stored.expect(ctx.uow().deals(), deal.id(), deal.version(), Deal::version);
            Drafts.requireUnchanged("stage", stored.stage(), deal.stage(),
                    "a deal's stage changes only through move, closeWon, closeLost or reopen, which record the stage history");
            Drafts.requireUnchanged("pipeline", stored.pipeline(), deal.pipeline(), "a deal stays in its pipeline");
            Drafts.requireUnchanged("stageEnteredAt", stored.stageEnteredAt(), deal.stageEnteredAt(), "it is set by moves");
            Drafts.requireUnchanged("closedAt", stored.closedAt(), deal.closedAt(), "it is set by closing and re-opening");
            Drafts.requireUnchanged("lastActivityAt", stored.lastActivityAt(), deal.lastActivityAt(),
                    "it is set when activities are logged");
            Drafts.requireUnchanged("createdAt", stored.createdAt(), deal.createdAt(), "it records the creation");
            Pipeline pipeline = ctx.uow().pipelines().get(stored.pipeline());
            List<RuleViolation> violations = PipelineRules.checkDeal(deal, pipeline);
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            References.checkDeal(ctx, deal);
            Stored.checkProperties(ctx, ObjectType.DEAL, deal.properties());
            return Writes.update(ctx, deal.withUpdatedAt(Writes.notBefore(now, stored.updatedAt())), now);
        });
    }

    /**
     * Deletes a deal and its stage history; activities linked to it lose the link (those linked to nothing else
     * are deleted). Raises the side effects' events, then {@link DealDeleted}.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist
     * @throws dev.crmkit.spi.VersionConflictException when its version is not {@code expectedVersion}
     */
    public void delete(DealId id, long expectedVersion) {
        Objects.requireNonNull(id, "id");
        runner.call(ctx -> {
            Instant now = ctx.now();
            Stored.expect(ctx.uow().deals(), id, expectedVersion, Deal::version);
            Cascades.detachActivitiesFromDeal(ctx, id, now);
            ctx.uow().deals().delete(id, expectedVersion);
            ctx.publish(new DealDeleted(ctx.tenant(), now, id));
            return null;
        });
    }

    /**
     * Moves a deal to a stage of its pipeline; see {@link #move(DealId, MoveRequest, Optional)}.
     *
     * @throws RuleViolationException with every violated rule
     */
    public Deal move(DealId id, String stage) {
        return move(id, MoveRequest.to(stage), Optional.empty());
    }

    /**
     * Moves a deal to a stage after checking the move with {@link PipelineRules#checkMove} (the stage exists,
     * the transition policy and re-open rule allow it, the stage gate holds, won needs a positive amount, lost a
     * reason). Sets the stage and {@code stageEnteredAt}, sets {@code closedAt} when entering a won or lost
     * stage and clears it when re-opening, and appends the stage-history entry, all in one transaction. Raises
     * {@link DealStageChanged}, then {@link DealWon}, {@link DealLost} or {@link DealReopened} as the case may be.
     * The deal is read inside the transaction, so a concurrent change surfaces as a version conflict that
     * {@link CrmTenant#retrying} can retry.
     *
     * @param id      the deal
     * @param request the target stage (and lost reason)
     * @param by      who moves it, recorded in the history
     * @return the deal as stored after the move
     * @throws RuleViolationException                  with every violated rule
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist
     * @throws dev.crmkit.spi.VersionConflictException when the deal changed concurrently
     */
    public Deal move(DealId id, MoveRequest request, Optional<UserId> by) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(by, "by");
        return runner.call(ctx -> {
            Deal deal = ctx.uow().deals().get(id);
            Pipeline pipeline = ctx.uow().pipelines().get(deal.pipeline());
            return applyMove(ctx, deal, pipeline, request, by);
        });
    }

    /**
     * Closes a deal as won: moves it to its pipeline's first won stage (see {@link #move(DealId, MoveRequest,
     * Optional)}).
     *
     * @throws RuleViolationException with every violated rule (e.g. {@code close.won-needs-positive-amount})
     */
    public Deal closeWon(DealId id) {
        return runner.call(ctx -> {
            Deal deal = ctx.uow().deals().get(id);
            Pipeline pipeline = ctx.uow().pipelines().get(deal.pipeline());
            return applyMove(ctx, deal, pipeline, MoveRequest.to(pipeline.wonStage().key()), Optional.empty());
        });
    }

    /**
     * Closes a deal as lost with a reason: moves it to its pipeline's first lost stage.
     *
     * @param reason why it was lost; a missing or blank reason is reported as rule
     *               {@code close.lost-needs-reason}
     * @throws RuleViolationException with every violated rule
     */
    public Deal closeLost(DealId id, String reason) {
        return runner.call(ctx -> {
            Deal deal = ctx.uow().deals().get(id);
            Pipeline pipeline = ctx.uow().pipelines().get(deal.pipeline());
            String lostStage = pipeline.lostStage().key();
            MoveRequest request = reason == null || reason.isBlank() ? MoveRequest.to(lostStage)
                    : MoveRequest.lost(lostStage, reason);
            return applyMove(ctx, deal, pipeline, request, Optional.empty());
        });
    }

    /**
     * Re-opens a won or lost deal into the open stage it was closed from (from its stage history; the
     * pipeline's first open stage when the history does not say).
     *
     * @throws RuleViolationException with every violated rule: {@code transition.reopen-not-closed} for an open
     *                                deal, {@code transition.reopen-not-allowed} when the pipeline forbids it,
     *                                and the target stage's gate
     */
    public Deal reopen(DealId id) {
        return runner.call(ctx -> {
            Deal deal = ctx.uow().deals().get(id);
            Pipeline pipeline = ctx.uow().pipelines().get(deal.pipeline());
            String target = ctx.uow().stageHistory().forDeal(id).stream()
                    .filter(c -> c.toStage().equals(deal.stage()) && c.fromStage().isPresent())
                    .reduce((first, second) -> second)
                    .flatMap(StageChange::fromStage)
                    .filter(from -> pipeline.stage(from).map(s -> s.kind() == StageKind.OPEN).orElse(false))
                    .orElse(pipeline.firstOpenStage().key());
            return reopen(ctx, deal, pipeline, target);
        });
    }

    /**
     * Re-opens a won or lost deal into the given open stage.
     *
     * @throws RuleViolationException with every violated rule: {@code transition.reopen-not-closed},
     *                                {@code transition.reopen-target-not-open}, {@code stage.unknown},
     *                                {@code transition.reopen-not-allowed}, the target stage's gate
     */
    public Deal reopen(DealId id, String openStage) {
        return runner.call(ctx -> {
            Deal deal = ctx.uow().deals().get(id);
            Pipeline pipeline = ctx.uow().pipelines().get(deal.pipeline());
            return reopen(ctx, deal, pipeline, openStage);
        });
    }

    /**
     * A deal's stage history, oldest first.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the deal does not exist
     */
    public List<StageChange> history(DealId id) {
        return runner.call(ctx -> {
            ctx.uow().deals().get(id);
            return ctx.uow().stageHistory().forDeal(id);
        });
    }

    /** The deal, or empty. */
    public Optional<Deal> find(DealId id) {
        return runner.call(ctx -> ctx.uow().deals().find(id));
    }

    /**
     * The deal.
     *
     * @throws dev.crmkit.core.error.NotFoundException when it does not exist
     */
    public Deal get(DealId id) {
        return runner.call(ctx -> ctx.uow().deals().get(id));
    }

    /** The deals with these ids that exist, in no particular order; one batch read. */
    public List<Deal> getAll(Collection<DealId> ids) {
        return runner.call(ctx -> ctx.uow().deals().findAll(ids));
    }

    /** The deal with this external id, or empty. */
    public Optional<Deal> findByExternalId(ExternalId externalId) {
        return runner.call(ctx -> ctx.uow().deals().findByExternalId(externalId));
    }

    /**
     * One page of deals matching the query.
     *
     * @throws dev.crmkit.spi.InvalidCursorException when the cursor does not belong to this query
     */
    public Page<Deal> find(DealQuery query, PageRequest page) {
        return runner.call(ctx -> ctx.uow().deals().find(query, page));
    }

    /** How many deals match. */
    public long count(DealQuery query) {
        return runner.call(ctx -> ctx.uow().deals().count(query));
    }

    /** The board of every deal of the pipeline; see {@link #board(PipelineId, DealStatus)}. */
    public PipelineBoard board(PipelineId pipeline) {
        return board(pipeline, DealStatus.ANY);
    }

    /**
     * The pipeline board: per stage in pipeline order, the count, amount and weighted amount per currency (one
     * aggregate query, {@link dev.crmkit.spi.DealRepository#board}) and the rotting open deals at the clock's
     * current moment (open deals of stages with a rotting threshold, paged). Read-only transaction.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the pipeline does not exist
     */
    public PipelineBoard board(PipelineId pipelineId, DealStatus status) {
        Objects.requireNonNull(status, "status");
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Pipeline pipeline = ctx.uow().pipelines().get(pipelineId);
            List<DealAggregate> groups = ctx.uow().deals().board(pipelineId, status);
            Map<String, List<DealId>> rotting = new HashMap<>();
            if (status != DealStatus.CLOSED) {
                forEachRotting(ctx, pipeline, now, r -> rotting.computeIfAbsent(r.stage().key(), k -> new ArrayList<>())
                        .add(r.deal().id()));
            }
            List<BoardColumn> columns = pipeline.stages().stream()
                    .map(stage -> column(stage, groups, rotting.getOrDefault(stage.key(), List.of())))
                    .toList();
            return new PipelineBoard(pipeline, status, now, columns);
        });
    }

    /**
     * The rotting deals of a pipeline at the clock's current moment ({@link Rotting#isRotting}): open deals in
     * stages with a rotting threshold that no stage change or activity touched for that many days, most idle
     * first. Pages through the open deals of those stages. Read-only transaction.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the pipeline does not exist
     */
    public List<RottingDeal> rotting(PipelineId pipelineId) {
        return runner.call(ctx -> {
            Pipeline pipeline = ctx.uow().pipelines().get(pipelineId);
            List<RottingDeal> rotting = new ArrayList<>();
            forEachRotting(ctx, pipeline, ctx.now(), rotting::add);
            rotting.sort(Comparator.comparingLong(RottingDeal::idleDays).reversed()
                    .thenComparing(r -> r.deal().id().value()));
            return rotting;
        });
    }

    private Deal reopen(TxContext ctx, Deal deal, Pipeline pipeline, String target) {
        List<RuleViolation> violations = new ArrayList<>();
        if (deal.closedAt().isEmpty()) {
            violations.add(new RuleViolation(CrmRuleIds.REOPEN_NOT_CLOSED, "stage",
                    "the deal is open; only a won or lost deal can be re-opened (use move)"));
        }
        Optional<Stage> to = pipeline.stage(target);
        if (to.isPresent() && to.get().kind().isClosed()) {
            violations.add(new RuleViolation(CrmRuleIds.REOPEN_TARGET_NOT_OPEN, "stage",
                    "re-opening moves a deal to an open stage, not to '" + to.get().name() + "'"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return applyMove(ctx, deal, pipeline, MoveRequest.to(target), Optional.empty());
    }

    private static Deal applyMove(TxContext ctx, Deal deal, Pipeline pipeline, MoveRequest request, Optional<UserId> by) {
        Instant now = ctx.now();
        MoveOutcome outcome = DealMoves.move(deal, pipeline, request, now, by, ctx.newId(StageChangeId::new));
        Deal stored = ctx.uow().deals().update(outcome.deal());
        ctx.uow().stageHistory().append(outcome.change());
        ctx.publish(new DealStageChanged(ctx.tenant(), now, stored, outcome.change()));
        StageKind from = pipeline.requireStage(deal.stage()).kind();
        StageKind to = pipeline.requireStage(stored.stage()).kind();
        if (to == StageKind.WON) {
            ctx.publish(new DealWon(ctx.tenant(), now, stored));
        } else if (to == StageKind.LOST) {
            ctx.publish(new DealLost(ctx.tenant(), now, stored, stored.lostReason().orElse("")));
        } else if (from.isClosed()) {
            ctx.publish(new DealReopened(ctx.tenant(), now, stored, deal.stage()));
        }
        return stored;
    }

    private static void forEachRotting(TxContext ctx, Pipeline pipeline, Instant now, Consumer<RottingDeal> sink) {
        Set<String> rottingStages = pipeline.stages().stream()
                .filter(s -> s.kind() == StageKind.OPEN && s.rottingDays() > 0)
                .map(Stage::key)
                .collect(Collectors.toSet());
        if (rottingStages.isEmpty()) {
            return;
        }
        DealQuery open = DealQuery.builder().pipeline(pipeline.id()).status(DealStatus.OPEN).stages(rottingStages).build();
        Pages.forEach(page -> ctx.uow().deals().find(open, page), 1000, deal -> {
            Optional<Stage> stage = pipeline.stage(deal.stage());
            if (stage.isPresent() && Rotting.isRotting(deal, pipeline, now)) {
                sink.accept(new RottingDeal(deal, stage.get(), Rotting.idleDays(deal, now)));
            }
        });
    }

    private static BoardColumn column(Stage stage, List<DealAggregate> groups, List<DealId> rotting) {
        long count = 0;
        long withoutAmount = 0;
        Map<String, CurrencyTotal> totals = new TreeMap<>();
        for (DealAggregate group : groups) {
            if (!group.stage().map(stage.key()::equals).orElse(false)) {
                continue;
            }
            count += group.count();
            if (group.currency().isEmpty()) {
                withoutAmount += group.count();
                continue;
            }
            Currency currency = group.currency().get();
            CurrencyTotal total = new CurrencyTotal(group.count(), Money.ofRounded(group.amount(), currency),
                    Money.ofRounded(group.weightedAmount(), currency));
            totals.merge(currency.getCurrencyCode(), total, (a, b) -> new CurrencyTotal(a.count() + b.count(),
                    a.amount().plus(b.amount()), weighted(a, b, currency)));
        }
        return new BoardColumn(stage, count, List.copyOf(totals.values()), withoutAmount, rotting);
    }

    private static Money weighted(CurrencyTotal a, CurrencyTotal b, Currency currency) {
        BigDecimal sum = a.weightedAmount().amount().add(b.weightedAmount().amount());
        return Money.ofRounded(sum, currency);
    }
}
