package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.scoring.LeadScore;
import dev.crmkit.core.scoring.ScoreLine;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.insight.ScoredLead;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.Pages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based lead scores of the contacts in the store, through the façade's scoring service
 * ({@link dev.crmkit.Scoring#scoreAll}: each contact with its linked accounts and the engagement events of its
 * activities, scored at the clock's moment), best first.
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
     * Scores the tenant's contacts (only leads unless {@code everyone}), best first (ties by name), and returns
     * the first {@code limit} with the name of their primary account.
     *
     * @return the best {@code limit} and the number of contacts scored
     * @throws dev.crmkit.core.error.ValidationException when the model cannot score a contact
     */
    static Ranking rank(CrmTenant tenant, ScoringModel model, boolean everyone, int limit) {
        List<ScoredLead> scored = new ArrayList<>();
        Pages.forEach(page -> tenant.scoring().scoreAll(model, ContactQuery.all(), page), PAGE, lead -> {
            if (everyone || LEAD_STAGES.contains(lead.contact().lifecycleStage())) {
                scored.add(lead);
            }
        });
        scored.sort(Comparator.comparing((ScoredLead l) -> l.score().total()).reversed()
                .thenComparing(l -> l.contact().displayName()).thenComparing(l -> l.contact().id().value()));
        List<ScoredLead> best = scored.subList(0, Math.min(limit, scored.size()));
        Set<AccountId> primaries = new HashSet<>();
        best.forEach(l -> l.contact().accounts().stream().findFirst().ifPresent(link -> primaries.add(link.account())));
        Map<AccountId, String> names = new HashMap<>();
        tenant.accounts().getAll(primaries).forEach(a -> names.put(a.id(), a.name()));
        List<Ranked> ranked = best.stream().map(l -> new Ranked(l.contact(), l.contact().accounts().stream().findFirst()
                .map(link -> names.getOrDefault(link.account(), "")).orElse(""), l.score())).toList();
        return new Ranking(ranked, scored.size());
    }

    /**
     * The best leads and how many were scored.
     *
     * @param best   the best leads, best first
     * @param scored how many contacts were scored and ranked
     */
    record Ranking(List<Ranked> best, int scored) {
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
        return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
