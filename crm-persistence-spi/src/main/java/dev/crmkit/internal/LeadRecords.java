package dev.crmkit.internal;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.DealContact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.insight.LeadColumns;
import dev.crmkit.insight.LeadLabelling;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns contacts into the named-column records trained lead models read ({@link LeadColumns}) and labels them
 * ({@link LeadLabelling}). The contacts on won deals are collected once per call by paging the closed deals.
 */
public final class LeadRecords {
    /** A contact's outcome under the labelling rule. */
    public enum Outcome {
        /** Became a customer. */
        CONVERTED,
        /** Did not convert and had its chance (disqualified, or old enough). */
        NOT_CONVERTED,
        /** Outcome not known yet. */
        OPEN
    }

    private final Map<ContactId, Instant> firstWin;
    private final LeadLabelling labelling;
    private final Instant now;

    private LeadRecords(Map<ContactId, Instant> firstWin, LeadLabelling labelling, Instant now) {
        this.firstWin = firstWin;
        this.labelling = labelling;
        this.now = now;
    }

    /**
     * Reads which contacts are on won deals (closed deals paged 1,000 at a time; memory proportional to the
     * contacts on won deals) and labels as of {@code ctx.now()}.
     */
    public static LeadRecords load(TxContext ctx, LeadLabelling labelling) {
        Map<PipelineId, Pipeline> pipelines = new HashMap<>();
        ctx.uow().pipelines().findAll().forEach(p -> pipelines.put(p.id(), p));
        Map<ContactId, Instant> firstWin = new HashMap<>();
        InsightReads.forEachPage(ctx, DealQuery.builder().status(DealStatus.CLOSED).build(), page -> {
            for (Deal deal : page) {
                Pipeline pipeline = pipelines.get(deal.pipeline());
                boolean won = pipeline != null && pipeline.stage(deal.stage()).map(s -> s.kind() == StageKind.WON).orElse(false);
                if (won) {
                    Instant closed = deal.closedAt().orElse(deal.stageEnteredAt());
                    for (DealContact dc : deal.contacts()) {
                        firstWin.merge(dc.contact(), closed, (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        });
        return new LeadRecords(firstWin, labelling, ctx.now());
    }

    /** The contact's outcome. */
    public Outcome outcome(Contact contact) {
        LifecycleStage stage = contact.lifecycleStage();
        if (stage == LifecycleStage.CUSTOMER || stage == LifecycleStage.EVANGELIST || firstWin.containsKey(contact.id())) {
            return Outcome.CONVERTED;
        }
        if (stage == LifecycleStage.OTHER
                || !contact.createdAt().plus(Duration.ofDays(labelling.negativeAfterDays())).isAfter(now)) {
            return Outcome.NOT_CONVERTED;
        }
        return Outcome.OPEN;
    }

    /**
     * When a converted contact converted: the earliest of entering CUSTOMER or EVANGELIST and closing its first
     * won deal, when recorded.
     */
    public Optional<Instant> convertedAt(Contact contact) {
        Instant at = firstWin.get(contact.id());
        for (LifecycleStage stage : List.of(LifecycleStage.CUSTOMER, LifecycleStage.EVANGELIST)) {
            Instant entered = contact.lifecycleEnteredAt().get(stage);
            if (entered != null && (at == null || entered.isBefore(at))) {
                at = entered;
            }
        }
        return Optional.ofNullable(at);
    }

    /**
     * The record of a contact: every fixed column, its properties and its primary account's, activity counts
     * (for a converted contact only activities timed before it converted), and the label ({@code true},
     * {@code false}, or blank while open).
     */
    public Map<String, String> record(Contact contact, LeadBatch batch) {
        Outcome outcome = outcome(contact);
        Optional<Instant> cutoff = outcome == Outcome.CONVERTED ? convertedAt(contact) : Optional.empty();
        Map<String, String> row = new LinkedHashMap<>();
        row.put(LeadColumns.CONVERTED, switch (outcome) {
            case CONVERTED -> "true";
            case NOT_CONVERTED -> "false";
            case OPEN -> "";
        });
        row.put(LeadColumns.LEAD_SOURCE, contact.leadSource().orElse(""));
        row.put(LeadColumns.TITLE, contact.title().orElse(""));
        row.put(LeadColumns.OWNER, contact.owner().map(o -> o.value()).orElse(""));
        row.put(LeadColumns.EMAIL_DOMAIN, contact.primaryEmail().map(e -> e.domain()).orElse(""));
        contact.properties().forEach((key, value) -> row.put(LeadColumns.property(key), text(value)));
        List<Account> accounts = batch.accounts(contact);
        Optional<Account> primary = accounts.isEmpty() ? Optional.empty() : Optional.of(accounts.get(0));
        row.put(LeadColumns.ACCOUNT_INDUSTRY, primary.flatMap(Account::industry).orElse(""));
        row.put(LeadColumns.ACCOUNT_COUNTRY, primary.flatMap(Account::country).orElse(""));
        row.put(LeadColumns.ACCOUNT_EMPLOYEE_COUNT, primary.flatMap(Account::employeeCount).map(String::valueOf).orElse(""));
        row.put(LeadColumns.ACCOUNT_ANNUAL_REVENUE,
                primary.flatMap(Account::annualRevenue).map(m -> m.amount().toPlainString()).orElse(""));
        primary.ifPresent(a -> a.properties().forEach((key, value) -> row.put(LeadColumns.accountProperty(key), text(value))));
        Map<ActivityType, Integer> counts = new EnumMap<>(ActivityType.class);
        int total = 0;
        for (Activity activity : batch.activities(contact)) {
            if (cutoff.isPresent() && !activity.timelineAt().isBefore(cutoff.get())) {
                continue;
            }
            counts.merge(activity.type(), 1, Integer::sum);
            total++;
        }
        for (ActivityType type : ActivityType.values()) {
            row.put(LeadColumns.activityCount(type), String.valueOf(counts.getOrDefault(type, 0)));
        }
        row.put(LeadColumns.ACTIVITIES_TOTAL, String.valueOf(total));
        return row;
    }

    private static String text(PropertyValue value) {
        if (value instanceof PropertyValue.Amount amount) {
            return amount.value().amount().toPlainString();
        }
        return value.asText();
    }
}
