package dev.crmkit;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.ForecastContext;
import dev.crmkit.core.forecast.WinProbabilityEstimator;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.rules.LifecycleTransitions;
import dev.crmkit.core.scoring.CompiledScoringModel;
import dev.crmkit.core.scoring.LeadScore;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.core.scoring.predictive.FeatureSpec;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.scoring.predictive.LogisticRegressionSettings;
import dev.crmkit.core.scoring.predictive.LogisticRegressionTrainer;
import dev.crmkit.core.scoring.predictive.WinProbabilityModel;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.event.ContactLifecycleChanged;
import dev.crmkit.insight.LeadColumns;
import dev.crmkit.insight.LeadLabelling;
import dev.crmkit.insight.LeadPrediction;
import dev.crmkit.insight.LeadPromotion;
import dev.crmkit.insight.PromotionReport;
import dev.crmkit.insight.ScoredLead;
import dev.crmkit.internal.Batches;
import dev.crmkit.internal.DealFeatureRows;
import dev.crmkit.internal.DealModelEstimator;
import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.InsightReads;
import dev.crmkit.internal.LeadBatch;
import dev.crmkit.internal.LeadRecords;
import dev.crmkit.internal.TxContext;
import dev.crmkit.internal.TxRunner;
import dev.crmkit.internal.Writes;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.spi.NameSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Lead scoring of one tenant over any store: rule-based scores ({@code dev.crmkit.core.scoring}) with their
 * breakdown and lifecycle promotion at the model's thresholds, trained lead models
 * ({@code dev.crmkit.core.scoring.predictive}) learnt from the tenant's own outcomes, and a trained deal
 * win-probability model for the predictive forecast.
 *
 * <p><b>What is read.</b> A lead's profile is the contact, its linked accounts and its activities (each activity
 * becomes an {@code activity.<type>} engagement event). Contacts are walked 1,000 per page; for each page the
 * accounts are read with one {@code findAll} per 500 and the activities with one paged query relating to the
 * whole page, never one query per contact. Memory is one page plus what the method keeps (the top {@code n},
 * the promotions, or the training records).
 *
 * <p><b>Time.</b> Scores and labels are as of the clock's instant when the call starts.
 *
 * <p><b>Transactions.</b> Reads run in one transaction (or the caller's, inside {@link CrmTenant#inTransaction}).
 * {@link #applyThresholds} writes in batches, one transaction per 500 contacts (all in the caller's transaction
 * inside {@code inTransaction}); events are delivered after each commit.
 */
public final class Scoring {
    /** Contributions listed each way in a prediction's explanation. */
    public static final int EXPLAIN_TOP = 3;

    private final TxRunner runner;
    private final InsightConfig config;

    Scoring(TxRunner runner, InsightConfig config) {
        this.runner = runner;
        this.config = config;
    }

    // ---------------------------------------------------------------- rule-based

    /**
     * Scores one contact with a rule-based model as of the clock's instant. {@link LeadScore#lines()} explains
     * every point; they add up to {@link LeadScore#total()}.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     */
    public LeadScore score(ContactId contact, ScoringModel model) {
        Objects.requireNonNull(contact, "contact");
        CompiledScoringModel compiled = compile(model);
        return runner.call(ctx -> {
            Contact stored = ctx.uow().contacts().get(contact);
            LeadBatch batch = LeadBatch.load(ctx, List.of(stored));
            return compiled.score(batch.profile(stored), ctx.now());
        });
    }

    /**
     * One page of contacts matching a query, each with its rule-based score, in the query's order (for lists
     * that page through scored contacts).
     *
     * @throws dev.crmkit.spi.InvalidCursorException when the cursor does not belong to this query
     */
    public Page<ScoredLead> scoreAll(ScoringModel model, ContactQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        CompiledScoringModel compiled = compile(model);
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Page<Contact> contacts = ctx.uow().contacts().find(query, page);
            List<ScoredLead> scored = new ArrayList<>();
            scoreBatch(ctx, contacts.items(), compiled, now, scored::add);
            return new Page<>(scored, contacts.nextCursor());
        });
    }

    /** {@link #topLeads(ScoringModel, ContactQuery, int)} over every contact. */
    public List<ScoredLead> topLeads(ScoringModel model, int n) {
        return topLeads(model, ContactQuery.all(), n);
    }

    /**
     * The {@code n} highest-scoring contacts matching a query, best first (ties by contact id). Pages through
     * every matching contact keeping only the best {@code n}.
     *
     * @throws ValidationException when {@code n} is below 1
     */
    public List<ScoredLead> topLeads(ScoringModel model, ContactQuery query, int n) {
        ValidationException.check(n >= 1, "n", n, "must be at least 1");
        Objects.requireNonNull(query, "query");
        CompiledScoringModel compiled = compile(model);
        Comparator<ScoredLead> best = Comparator.comparingLong((ScoredLead s) -> s.score().totalHundredths()).reversed()
                .thenComparing(s -> s.contact().id().value().toString());
        return runner.call(ctx -> {
            Instant now = ctx.now();
            Top<ScoredLead> top = new Top<>(n, best);
            forEachContactPage(ctx, query, page -> scoreBatch(ctx, page, compiled, now, top::offer));
            return top.sorted();
        });
    }

    /** {@link #applyThresholds(ScoringModel, ContactQuery)} over every contact. */
    public PromotionReport applyThresholds(ScoringModel model) {
        return applyThresholds(model, ContactQuery.all());
    }

    /**
     * Scores the matching contacts and moves each whose score reaches a threshold to the threshold's lifecycle
     * stage when that lies further down the funnel ({@link LifecycleTransitions#promote}: never demotes), as
     * {@link Contacts#applyLifecycleSuggestion} does: each change raises {@link dev.crmkit.event.ContactUpdated}
     * and {@link ContactLifecycleChanged}. Scoring reads in one transaction; promotions are written 500 contacts
     * per transaction, each contact re-read in its batch (one {@code findAll}) so concurrent edits are kept.
     * Outside {@code inTransaction}, batches already committed stay committed when a later one fails; running
     * again promotes the rest. Inside, everything commits or rolls back with the caller (and a rolled-back
     * caller delivers no events).
     *
     * @return the contacts scored and those promoted
     * @throws dev.crmkit.spi.VersionConflictException when a contact changes concurrently while its batch writes
     */
    public PromotionReport applyThresholds(ScoringModel model, ContactQuery query) {
        Objects.requireNonNull(query, "query");
        CompiledScoringModel compiled = compile(model);
        if (model.thresholds().isEmpty()) {
            long scored = runner.call(ctx -> ctx.uow().contacts().count(query));
            return new PromotionReport(scored, List.of());
        }
        List<LeadPromotion> candidates = new ArrayList<>();
        long[] scored = new long[1];
        runner.call(ctx -> {
            Instant now = ctx.now();
            forEachContactPage(ctx, query, page -> scoreBatch(ctx, page, compiled, now, lead -> {
                scored[0]++;
                LifecycleStage current = lead.contact().lifecycleStage();
                lead.score().suggestedStage().filter(s -> s.isAfter(current)).ifPresent(s ->
                        candidates.add(new LeadPromotion(lead.contact().id(), current, s, lead.score().total())));
            }));
            return null;
        });
        List<LeadPromotion> done = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += Batches.BATCH) {
            List<LeadPromotion> batch = candidates.subList(from, Math.min(candidates.size(), from + Batches.BATCH));
            done.addAll(runner.call(ctx -> promote(ctx, batch)));
        }
        return new PromotionReport(scored[0], done);
    }

    private static List<LeadPromotion> promote(TxContext ctx, List<LeadPromotion> batch) {
        Instant now = ctx.now();
        Map<ContactId, Contact> stored = new HashMap<>();
        ctx.uow().contacts().findAll(batch.stream().map(LeadPromotion::contact).toList()).forEach(c -> stored.put(c.id(), c));
        List<LeadPromotion> done = new ArrayList<>();
        for (LeadPromotion candidate : batch) {
            Contact before = stored.get(candidate.contact());
            if (before == null) {
                continue;
            }
            Contact promoted = LifecycleTransitions.promote(before, candidate.to(), now);
            if (promoted.lifecycleStage() == before.lifecycleStage()) {
                continue;
            }
            Contact updated = Writes.update(ctx, promoted, now);
            ctx.publish(new ContactLifecycleChanged(ctx.tenant(), now, updated.id(), before.lifecycleStage(),
                    updated.lifecycleStage()));
            done.add(new LeadPromotion(updated.id(), before.lifecycleStage(), updated.lifecycleStage(), candidate.score()));
        }
        return done;
    }

    // ---------------------------------------------------------------- trained lead models

    /**
     * The labelled training records of the tenant's contacts under a labelling rule, in contact creation order:
     * one per contact whose outcome is known, with the columns of {@link LeadColumns}. For cross-validation
     * ({@code CrossValidation}) or a custom trainer. Memory proportional to the labelled contacts.
     */
    public List<TabularRecord> leadRecords(LeadLabelling labelling) {
        Objects.requireNonNull(labelling, "labelling");
        return runner.call(ctx -> {
            LeadRecords records = LeadRecords.load(ctx, labelling);
            List<TabularRecord> out = new ArrayList<>();
            forEachContactPage(ctx, ContactQuery.all(), page -> {
                LeadBatch batch = LeadBatch.load(ctx, page);
                for (Contact contact : page) {
                    if (records.outcome(contact) != LeadRecords.Outcome.OPEN) {
                        out.add(TabularRecord.of(records.record(contact, batch)));
                    }
                }
            });
            return out;
        });
    }

    /** {@link #trainLeadModel(FeatureSpec, LogisticRegressionSettings, LeadLabelling)} with the default labelling. */
    public LeadScoringModel trainLeadModel(FeatureSpec spec, LogisticRegressionSettings settings) {
        return trainLeadModel(spec, settings, LeadLabelling.defaults());
    }

    /**
     * Trains a lead model (logistic regression) on the contacts whose outcome is known ({@link LeadLabelling}),
     * reading the columns of {@link LeadColumns}. Deterministic: the same store contents, clock instant, spec and
     * settings give the same model.
     *
     * @param spec      what to learn from; its label column must be {@value LeadColumns#CONVERTED} (positive
     *                  value {@code true})
     * @param settings  solver settings
     * @param labelling which contacts count as converted or not
     * @throws ValidationException when the label column is not {@value LeadColumns#CONVERTED}, when the tenant
     *                             lacks converted or non-converted contacts, or a declared column is in no record
     */
    public LeadScoringModel trainLeadModel(FeatureSpec spec, LogisticRegressionSettings settings, LeadLabelling labelling) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(settings, "settings");
        ValidationException.check(spec.label().column().equals(LeadColumns.CONVERTED), "spec.label",
                spec.label().column(), "must be the column " + LeadColumns.CONVERTED);
        List<TabularRecord> records = leadRecords(labelling);
        return new LogisticRegressionTrainer(settings).train(spec, records);
    }

    /**
     * The {@code n} open leads a trained model rates most likely to convert, best first (ties by contact id),
     * each with its probability and the {@value #EXPLAIN_TOP} largest contributions each way. Open leads are the
     * contacts that have not converted and are not in lifecycle stage {@code OTHER} (old ones included: they
     * can still convert); their activity counts include everything up to now.
     *
     * @throws ValidationException when {@code n} is below 1, or a record cannot be encoded
     */
    public List<LeadPrediction> predictLeads(LeadScoringModel model, int n) {
        Objects.requireNonNull(model, "model");
        ValidationException.check(n >= 1, "n", n, "must be at least 1");
        Comparator<LeadPrediction> best = Comparator.comparingDouble(LeadPrediction::probability).reversed()
                .thenComparing(p -> p.contact().id().value().toString());
        return runner.call(ctx -> {
            LeadRecords records = LeadRecords.load(ctx, LeadLabelling.defaults());
            Top<LeadPrediction> top = new Top<>(n, best);
            forEachContactPage(ctx, ContactQuery.all(), page -> {
                LeadBatch batch = LeadBatch.load(ctx, page);
                for (Contact contact : page) {
                    if (contact.lifecycleStage() == LifecycleStage.OTHER
                            || records.outcome(contact) == LeadRecords.Outcome.CONVERTED) {
                        continue;
                    }
                    top.offer(predict(model, contact, records, batch));
                }
            });
            return top.sorted();
        });
    }

    /**
     * One contact's probability of converting under a trained model, with its explanation.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the contact does not exist
     */
    public LeadPrediction predictLead(ContactId contact, LeadScoringModel model) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(model, "model");
        return runner.call(ctx -> {
            Contact stored = ctx.uow().contacts().get(contact);
            LeadRecords records = LeadRecords.load(ctx, LeadLabelling.defaults());
            return predict(model, stored, records, LeadBatch.load(ctx, List.of(stored)));
        });
    }

    private static LeadPrediction predict(LeadScoringModel model, Contact contact, LeadRecords records, LeadBatch batch) {
        TabularRecord record = TabularRecord.of(records.record(contact, batch));
        var explanation = model.explain(record, EXPLAIN_TOP);
        return new LeadPrediction(contact, explanation.probability(), explanation);
    }

    // ---------------------------------------------------------------- trained deal models

    /** {@link #dealRecords(Instant)} as of the clock's instant. */
    public List<Map<String, String>> dealRecords() {
        return runner.call(ctx -> dealRecords(ctx, ctx.now()));
    }

    /**
     * The training rows of the deals closed (won or lost) by {@code asOf}, in creation order, with the columns of
     * {@link WinProbabilityModel}: {@code stage} (the open stage the deal was in before it closed),
     * {@code days_in_stage} (whole days it spent there), {@code amount} (in the reporting currency at the close
     * date), {@code owner}, {@code source}, {@code product} (the deal property {@code product}) and {@code won}.
     * Closed deals are paged 1,000 at a time with one stage-history read per page.
     *
     * @throws ValidationException (field {@code pipelines}) when the tenant has no pipeline
     */
    public List<Map<String, String>> dealRecords(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return runner.call(ctx -> dealRecords(ctx, asOf));
    }

    /** {@link #trainDealModel(LogisticRegressionSettings, Instant)} as of the clock's instant. */
    public WinProbabilityModel trainDealModel(LogisticRegressionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return WinProbabilityModel.train(dealRecords(), settings);
    }

    /**
     * Trains a deal win-probability model ({@link WinProbabilityModel#train}, default spec) on the deals closed
     * by {@code asOf} ({@link #dealRecords(Instant)}); pass a backtest's as-of moment so the model cannot see
     * later outcomes.
     *
     * @throws ValidationException when there are not both won and lost deals, or the tenant has no pipeline
     */
    public WinProbabilityModel trainDealModel(LogisticRegressionSettings settings, Instant asOf) {
        Objects.requireNonNull(settings, "settings");
        return WinProbabilityModel.train(dealRecords(asOf), settings);
    }

    /**
     * A trained deal model as the predictive forecaster's estimator
     * ({@link Forecasts#predictive(dev.crmkit.core.forecast.Period, Instant, long, WinProbabilityEstimator)}):
     * each open deal's probability from its features as it stood at the forecast's as-of moment. Reads the
     * reporting currency once (amounts are converted as in training). The model predicts "won eventually", so
     * it overstates wins inside a short window.
     */
    public WinProbabilityEstimator dealEstimator(WinProbabilityModel model) {
        Objects.requireNonNull(model, "model");
        return new DealModelEstimator(model, runner.call(ctx -> InsightReads.reportingCurrency(ctx, config)),
                config.rates(), config.calendar());
    }

    private List<Map<String, String>> dealRecords(TxContext ctx, Instant asOf) {
        ForecastContext context = InsightReads.requireContext(ctx, config);
        List<Map<String, String>> rows = new ArrayList<>();
        InsightReads.forEachPage(ctx, DealQuery.builder().status(DealStatus.CLOSED).build(), page -> {
            Map<DealId, List<StageChange>> history = new HashMap<>();
            for (StageChange c : ctx.uow().stageHistory().forDeals(page.stream().map(Deal::id).toList())) {
                history.computeIfAbsent(c.deal(), k -> new ArrayList<>()).add(c);
            }
            for (Deal deal : page) {
                if (deal.closedAt().map(at -> !at.isAfter(asOf)).orElse(false)) {
                    DealFeatureRows.closed(deal, history.getOrDefault(deal.id(), List.of()), context).ifPresent(rows::add);
                }
            }
        });
        return rows;
    }

    // ---------------------------------------------------------------- shared

    private static CompiledScoringModel compile(ScoringModel model) {
        Objects.requireNonNull(model, "model");
        return model.compile();
    }

    private static void scoreBatch(TxContext ctx, List<Contact> contacts, CompiledScoringModel model, Instant now,
                                   Consumer<ScoredLead> sink) {
        if (contacts.isEmpty()) {
            return;
        }
        LeadBatch batch = LeadBatch.load(ctx, contacts);
        for (Contact contact : contacts) {
            sink.accept(new ScoredLead(contact, model.score(batch.profile(contact), now)));
        }
    }

    /** Every page of matching contacts (1,000 per page, the most one activity query relates to), in id order. */
    private static void forEachContactPage(TxContext ctx, ContactQuery query, Consumer<List<Contact>> sink) {
        ContactQuery ordered = query.withSort(NameSort.CREATED);
        PageRequest request = PageRequest.first(LeadBatch.SIZE);
        while (true) {
            Page<Contact> page = ctx.uow().contacts().find(ordered, request);
            if (!page.items().isEmpty()) {
                sink.accept(page.items());
            }
            if (!page.hasNext()) {
                return;
            }
            request = page.nextRequest(LeadBatch.SIZE);
        }
    }

    /** Keeps the best {@code n} items offered under an order (best first). */
    private static final class Top<T> {
        private final int n;
        private final Comparator<T> best;
        private final PriorityQueue<T> heap;

        Top(int n, Comparator<T> best) {
            this.n = n;
            this.best = best;
            this.heap = new PriorityQueue<>(best.reversed());
        }

        void offer(T item) {
            if (heap.size() < n) {
                heap.add(item);
            } else if (best.compare(item, heap.peek()) < 0) {
                heap.poll();
                heap.add(item);
            }
        }

        List<T> sorted() {
            List<T> out = new ArrayList<>(heap);
            out.sort(best);
            return out;
        }
    }
}
