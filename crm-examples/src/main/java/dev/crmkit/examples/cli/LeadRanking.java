package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.scoring.EngagementEvent;
import dev.crmkit.core.scoring.LeadProfile;
import dev.crmkit.core.scoring.LeadScore;
import dev.crmkit.core.scoring.LeadScorer;
import dev.crmkit.core.scoring.ScoreLine;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.UnitOfWork;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based lead scoring of the contacts in the store: each contact with its primary account and the
 * engagement events of the activities linked to it ({@link EngagementEvent#fromActivity}), scored by a
 * {@link ScoringModel} at the clock's moment, best first.
 */
final class LeadRanking {
    /** The lifecycle stages that count as leads (contacts not yet in a deal or a customer). */
    static final Set<LifecycleStage> LEAD_STAGES = EnumSet.of(LifecycleStage.SUBSCRIBER, LifecycleStage.LEAD,
            LifecycleStage.MARKETING_QUALIFIED, LifecycleStage.SALES_QUALIFIED, LifecycleStage.OTHER);
    private static final int PAGE = 1000;

    private LeadRanking() {
    }

    /**
     * One scored contact.
     *
     * @param contact the contact
     * @param account its primary account's name, or empty text
     * @param score   the score with its breakdown
     */
    record Ranked(Contact contact, String account, LeadScore score) {
    }

    /**
     * Scores the tenant's contacts (only leads unless {@code everyone}), best first (ties by name).
     *
     * @throws dev.crmkit.core.error.ValidationException when the model cannot score a contact
     */
    static List<Ranked> rank(CrmTenant tenant, ScoringModel model, Clock clock, boolean everyone) {
        LeadScorer scorer = new LeadScorer(model, clock);
        List<Ranked> ranked = tenant.inTransaction(tx -> {
            UnitOfWork uow = tx.unitOfWork();
            Map<AccountId, Account> accounts = new HashMap<>();
            Pages.forEach(page -> uow.accounts().find(AccountQuery.all(), page), PAGE, a -> accounts.put(a.id(), a));
            Map<ContactId, List<EngagementEvent>> events = new HashMap<>();
            Pages.forEach(page -> uow.activities().find(ActivityQuery.all(), page), PAGE, (Activity a) -> a.contact()
                    .ifPresent(c -> events.computeIfAbsent(c, k -> new ArrayList<>()).add(EngagementEvent.fromActivity(a))));
            List<Ranked> scored = new ArrayList<>();
            Pages.forEach(page -> uow.contacts().find(ContactQuery.all(), page), PAGE, contact -> {
                if (!everyone && !LEAD_STAGES.contains(contact.lifecycleStage())) {
                    return;
                }
                List<Account> linked = new ArrayList<>();
                for (AccountLink link : contact.accounts()) {
                    Account account = accounts.get(link.account());
                    if (account != null && !linked.contains(account)) {
                        linked.add(account);
                    }
                }
                LeadScore score = scorer.score(LeadProfile.of(contact, linked, events.getOrDefault(contact.id(), List.of())));
                scored.add(new Ranked(contact, linked.isEmpty() ? "" : linked.get(0).name(), score));
            });
            return scored;
        });
        ranked.sort(Comparator.comparing((Ranked r) -> r.score().total()).reversed()
                .thenComparing(r -> r.contact().displayName()));
        return ranked;
    }

    /** Prints the first {@code limit} contacts with their scores and, under each, the rules that fired. */
    static void print(PrintWriter out, List<Ranked> ranked, int limit, int reasons) {
        if (ranked.isEmpty()) {
            out.println("  No contacts to score.");
            return;
        }
        TextTable table = new TextTable().right("#").left("Lead", 28).left("Account", 24).left("Stage").right("Score")
                .right("Fit").right("Engagement").left("Suggests");
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Ranked r = ranked.get(i);
            LeadScore s = r.score();
            table.row(i + 1, r.contact().displayName(), r.account(), label(r.contact().lifecycleStage()), s.total().toPlainString(),
                    s.fit().toPlainString(), s.engagement().toPlainString(), s.suggestedStage().map(LeadRanking::label).orElse(""));
        }
        table.print(out, 2);
        out.println();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Ranked r = ranked.get(i);
            out.println("  " + (i + 1) + ". " + r.contact().displayName() + ": " + explain(r.score(), reasons));
        }
    }

    /** The largest contributions of a score as {@code +15.00 Decision maker; +10.00 Target industry; ...}. */
    static String explain(LeadScore score, int reasons) {
        List<ScoreLine> lines = new ArrayList<>(score.lines());
        lines.removeIf(l -> l.points().signum() == 0);
        lines.sort(Comparator.comparing((ScoreLine l) -> l.points().abs()).reversed().thenComparing(ScoreLine::ruleId));
        List<String> parts = new ArrayList<>();
        for (ScoreLine line : lines.subList(0, Math.min(reasons, lines.size()))) {
            String events = line.matchedEvents() > 1 ? " (" + line.matchedEvents() + "x)" : "";
            parts.add(Formats.signed(line.points()) + " " + line.description() + events);
        }
        if (lines.size() > reasons) {
            int more = lines.size() - reasons;
            parts.add("and " + more + " more rule" + (more == 1 ? "" : "s"));
        }
        return parts.isEmpty() ? "no rule fired" : String.join("; ", parts);
    }

    /** A lifecycle stage as people write it: {@code MARKETING_QUALIFIED} is {@code marketing qualified}. */
    static String label(LifecycleStage stage) {
        return stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
