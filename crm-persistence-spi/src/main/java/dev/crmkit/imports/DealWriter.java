package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.RuleViolation;
import dev.crmkit.core.error.RuleViolationException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.rules.DealMoves;
import dev.crmkit.core.rules.PipelineRules;
import dev.crmkit.core.rules.Probabilities;
import dev.crmkit.core.rules.RuleIds;
import dev.crmkit.core.rules.StageHistory;
import dev.crmkit.imports.mapping.PipelineSpec;
import dev.crmkit.spi.UpsertResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a batch of deal rows with their stage history.
 *
 * <p>A new deal gets its creation entry. A historical closed deal (created before it was closed) is created in
 * the pipeline's initial stage at its creation moment and then moves into its closed stage at its close moment:
 * two entries. A stored deal whose stage differs from the row's gets one move entry, after every entry it already
 * has. The stored deal is checked with {@link PipelineRules#checkDeal}: gate violations of an open stage are
 * warnings; every other violation rejects the row.
 */
final class DealWriter {
    private DealWriter() {
    }

    static void write(AttemptScope scope, List<PendingRow> rows) {
        Map<String, Deal> stored = StoredRecords.byExternalId(scope.uow.deals(), scope.mapping.externalId().source(), rows);
        List<Deal> deals = new ArrayList<>();
        List<StageChange> history = new ArrayList<>();
        for (PendingRow row : rows) {
            try {
                DealDraft draft = (DealDraft) row.draft();
                Prepared prepared = prepare(scope, draft, Optional.ofNullable(stored.get(draft.externalId().id())));
                deals.add(prepared.deal());
                history.addAll(prepared.history());
                if (!prepared.warnings().isEmpty()) {
                    scope.warnings.add(new RowWarning(row.rowNumber(), prepared.warnings()));
                }
            } catch (CrmException e) {
                scope.reject(row, e);
            }
        }
        scope.writeDependencies();
        if (!deals.isEmpty()) {
            UpsertResult<Deal> result = scope.uow.deals().upsertAllByExternalId(scope.mapping.externalId().source(), deals);
            scope.inserted += result.inserted().size();
            scope.updated += result.updated().size();
        }
        if (!history.isEmpty()) {
            scope.uow.stageHistory().appendAll(history);
        }
    }

    private record Prepared(Deal deal, List<StageChange> history, List<RuleViolation> warnings) {
    }

    private static Prepared prepare(AttemptScope scope, DealDraft draft, Optional<Deal> existing) {
        PipelineSpec spec = scope.mapping.pipeline().orElseThrow();
        Pipeline pipeline = scope.resolver.pipeline(draft.pipelineName().orElseThrow(), spec);
        Stage stage = pipeline.stage(draft.stage()).orElseThrow(() -> new RuleViolationException(List.of(new RuleViolation(
                RuleIds.STAGE_UNKNOWN, "stage", "'" + draft.stage() + "' is not a stage of pipeline '" + pipeline.name()
                + "' (stages: " + pipeline.stageKeys() + "; translate source values with \"map\")"))));
        Optional<AccountId> account = draft.account().flatMap(scope.resolver::account);
        List<ContactId> contacts = scope.resolver.contacts(draft.contacts());
        String role = draft.contacts().isEmpty() ? "contact" : draft.contacts().get(0).role();

        Prepared prepared = existing.isPresent()
                ? update(scope, draft, existing.get(), pipeline, stage, account, contacts, role)
                : insert(scope, draft, pipeline, stage, account, contacts, role, spec);
        List<RuleViolation> warnings = new ArrayList<>();
        List<RuleViolation> errors = new ArrayList<>();
        for (RuleViolation violation : PipelineRules.checkDeal(prepared.deal(), pipeline)) {
            boolean openGate = stage.kind() == StageKind.OPEN && violation.ruleId().equals(RuleIds.GATE_REQUIRED_FIELD);
            (openGate ? warnings : errors).add(violation);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        scope.properties.accept(draft.properties());
        scope.resolver.use(pipeline.id());
        account.ifPresent(scope.resolver::use);
        return new Prepared(prepared.deal(), prepared.history(), warnings);
    }

    private static Prepared insert(AttemptScope scope, DealDraft draft, Pipeline pipeline, Stage stage,
                                   Optional<AccountId> account, List<ContactId> contacts, String role, PipelineSpec spec) {
        boolean closed = stage.kind().isClosed();
        Instant created = draft.createdAt().orElse(closed ? draft.closedAt().orElse(scope.now) : scope.now);
        Instant closedAt = closed ? draft.closedAt().orElse(Assembly.latest(scope.now, created)) : null;
        if (closedAt != null && closedAt.isBefore(created)) {
            throw new ValidationException("closedAt", closedAt, "is before createdAt " + created);
        }
        Deal.Builder builder = Deal.builder()
                .id(scope.context.ids().next(DealId::new))
                .name(draft.name())
                .pipeline(pipeline.id())
                .stage(stage.key())
                .stageEnteredAt(closed ? closedAt : created)
                .createdAt(created)
                .closedAt(Optional.ofNullable(closedAt))
                .amount(draft.amount())
                .expectedCloseDate(draft.expectedCloseDate())
                .owner(draft.owner())
                .source(draft.source())
                .account(account)
                .lostReason(stage.kind() == StageKind.LOST ? draft.lostReason() : Optional.empty())
                .properties(Assembly.properties(java.util.Map.of(), draft.properties()))
                .addExternalIds(draft.externalId())
                .updatedAt(closedAt == null ? Assembly.latest(scope.now, created) : Assembly.latest(scope.now, created, closedAt));
        contacts.forEach(contact -> builder.addContacts(DealContact.of(contact, role)));
        Deal deal = builder.build();

        List<StageChange> history = new ArrayList<>();
        if (closed && created.isBefore(closedAt)) {
            Stage initial = initialStage(pipeline, spec);
            Deal atCreation = Deal.copyOf(deal).withStage(initial.key()).withStageEnteredAt(created)
                    .withClosedAt(Optional.empty()).withLostReason(Optional.empty());
            history.add(DealMoves.creation(atCreation, pipeline, Optional.empty(), nextChangeId(scope)));
            history.add(move(scope, deal, pipeline, initial.key(), stage, closedAt));
        } else {
            history.add(DealMoves.creation(deal, pipeline, Optional.empty(), nextChangeId(scope)));
        }
        return new Prepared(deal, history, List.of());
    }

    private static Prepared update(AttemptScope scope, DealDraft draft, Deal stored, Pipeline pipeline, Stage stage,
                                   Optional<AccountId> account, List<ContactId> contacts, String role) {
        Deal.Builder builder = Deal.builder().from(stored).name(draft.name()).pipeline(pipeline.id());
        if (draft.maps("amount")) {
            builder.amount(draft.amount());
        }
        if (draft.maps("expectedCloseDate")) {
            builder.expectedCloseDate(draft.expectedCloseDate());
        }
        if (draft.maps("owner")) {
            builder.owner(draft.owner());
        }
        if (draft.maps("source")) {
            builder.source(draft.source());
        }
        if (draft.maps("account")) {
            builder.account(account);
        }
        for (ContactId contact : contacts) {
            if (!stored.hasContact(contact)) {
                builder.addContacts(DealContact.of(contact, role));
            }
        }
        builder.properties(Assembly.properties(stored.properties(), draft.properties()));
        Optional<String> lostReason = draft.maps("lostReason") ? draft.lostReason() : stored.lostReason();

        boolean sameStage = stored.stage().equals(stage.key()) && stored.pipeline().equals(pipeline.id());
        List<StageChange> history = new ArrayList<>();
        Instant updatedAt = Assembly.latest(scope.now, stored.updatedAt());
        if (sameStage) {
            builder.lostReason(stage.kind() == StageKind.LOST ? lostReason : Optional.empty());
            if (stage.kind().isClosed() && stored.closedAt().isEmpty()) {
                builder.closedAt(Assembly.latest(draft.closedAt().orElse(scope.now), stored.stageEnteredAt()));
            }
        } else {
            Instant at = stage.kind().isClosed() ? draft.closedAt().orElse(scope.now) : scope.now;
            at = after(lastChange(scope, stored), at);
            builder.stage(stage.key()).stageEnteredAt(at)
                    .closedAt(stage.kind().isClosed() ? Optional.of(at) : Optional.empty())
                    .lostReason(stage.kind() == StageKind.LOST ? lostReason : Optional.empty());
            updatedAt = Assembly.latest(updatedAt, at);
        }
        Deal deal = builder.updatedAt(updatedAt).build();
        if (!sameStage) {
            history.add(move(scope, deal, pipeline, stored.stage(), stage, deal.stageEnteredAt()));
        }
        return new Prepared(deal, history, List.of());
    }

    /** The stage a historical deal starts in: the spec's initial stage, or the pipeline's first open stage. */
    private static Stage initialStage(Pipeline pipeline, PipelineSpec spec) {
        if (spec.initialStage().isEmpty()) {
            return pipeline.firstOpenStage();
        }
        Stage initial = pipeline.requireStage(spec.initialStage().get());
        ValidationException.check(initial.kind() == StageKind.OPEN, "pipeline.initialStage", initial.key(),
                "must be an open stage of pipeline '" + pipeline.name() + "'");
        return initial;
    }

    private static StageChange move(AttemptScope scope, Deal after, Pipeline pipeline, String from, Stage to, Instant at) {
        return StageChange.builder()
                .id(nextChangeId(scope))
                .deal(after.id())
                .pipeline(pipeline.id())
                .fromStage(from)
                .toStage(to.key())
                .changedAt(at)
                .amount(after.amount())
                .expectedCloseDate(after.expectedCloseDate())
                .probability(Probabilities.effectiveProbability(after, to))
                .build();
    }

    /** The moment the stored history ends (its last entry, or the deal's stage-entry moment without history). */
    private static Instant lastChange(AttemptScope scope, Deal stored) {
        List<StageChange> history = new ArrayList<>(scope.uow.stageHistory().forDeal(stored.id()));
        history.sort(StageHistory.ORDER);
        Instant last = stored.stageEnteredAt();
        if (!history.isEmpty()) {
            last = Assembly.latest(last, history.get(history.size() - 1).changedAt());
        }
        return last;
    }

    /** {@code wanted}, or one millisecond after {@code last} when it is not later, so the new entry sorts last. */
    private static Instant after(Instant last, Instant wanted) {
        return wanted.isAfter(last) ? wanted : last.plusMillis(1);
    }

    private static StageChangeId nextChangeId(AttemptScope scope) {
        return scope.context.ids().next(StageChangeId::new);
    }
}
