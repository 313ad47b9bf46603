package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DealStatus;
import dev.crmkit.view.BoardColumn;
import dev.crmkit.view.CurrencyTotal;
import dev.crmkit.view.PipelineBoard;
import dev.crmkit.view.RottingDeal;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints pipeline boards and rotting deals, read through the façade. */
final class BoardReport {
    private BoardReport() {
    }

    /** Prints the board of one pipeline: per stage the deals, amount, weighted amount and rotting deals. */
    static void printBoard(PrintWriter out, CrmTenant tenant, Pipeline pipeline, DealStatus status) {
        PipelineBoard board = tenant.deals().board(pipeline.id(), status);
        out.println("Pipeline " + pipeline.name() + " (" + describe(status) + ", rotting as of " + Formats.minute(board.at())
                + " UTC)");
        TextTable table = new TextTable().left("Stage").right("Prob.").right("Deals").right("Amount").right("Weighted")
                .right("Rotting");
        long deals = 0;
        long rotting = 0;
        Map<String, Money[]> totals = new TreeMap<>();
        for (BoardColumn column : board.columns()) {
            deals += column.count();
            rotting += column.rottingCount();
            for (CurrencyTotal total : column.totals()) {
                totals.merge(total.amount().currency().getCurrencyCode(), new Money[]{total.amount(), total.weightedAmount()},
                        (a, b) -> new Money[]{a[0].plus(b[0]), a[1].plus(b[1])});
            }
            table.row(column.stage().name(), column.stage().defaultProbability().value().stripTrailingZeros().toPlainString() + " %",
                    Formats.count(column.count()), amounts(column.totals(), false), amounts(column.totals(), true),
                    column.rottingCount() == 0 ? "" : Formats.count(column.rottingCount()));
        }
        table.rule();
        table.row("Total", "", Formats.count(deals),
                totals.values().stream().map(m -> Formats.money(m[0])).collect(Collectors.joining("; ")),
                totals.values().stream().map(m -> Formats.money(m[1])).collect(Collectors.joining("; ")),
                rotting == 0 ? "" : Formats.count(rotting));
        table.print(out, 2);
    }

    private static String amounts(List<CurrencyTotal> totals, boolean weighted) {
        if (totals.isEmpty()) {
            return "";
        }
        return totals.stream().map(t -> Formats.money(weighted ? t.weightedAmount() : t.amount()))
                .collect(Collectors.joining("; "));
    }

    private static String describe(DealStatus status) {
        return switch (status) {
            case OPEN -> "open deals";
            case CLOSED -> "closed deals";
            case ANY -> "all deals";
        };
    }

    /** The rotting deals of the pipelines, most idle first. */
    static List<RottingDeal> rotting(CrmTenant tenant, List<Pipeline> pipelines) {
        List<RottingDeal> all = new ArrayList<>();
        for (Pipeline pipeline : pipelines) {
            all.addAll(tenant.deals().rotting(pipeline.id()));
        }
        all.sort(Comparator.comparingLong(RottingDeal::idleDays).reversed().thenComparing(r -> r.deal().name()));
        return all;
    }

    /** Prints rotting deals (at most {@code limit}): name, pipeline, stage, idle days, amount, owner. */
    static void printRotting(PrintWriter out, List<RottingDeal> rotting, List<Pipeline> pipelines, int limit) {
        if (rotting.isEmpty()) {
            out.println("  No rotting deals: every open deal was touched within its stage's limit.");
            return;
        }
        Map<dev.crmkit.core.model.shared.PipelineId, String> names = pipelines.stream()
                .collect(Collectors.toMap(Pipeline::id, Pipeline::name));
        TextTable table = new TextTable().left("Deal").left("Pipeline").left("Stage").right("Idle days").right("Limit")
                .right("Amount").left("Owner");
        for (RottingDeal r : rotting.subList(0, Math.min(limit, rotting.size()))) {
            Deal deal = r.deal();
            table.row(deal.name(), names.getOrDefault(deal.pipeline(), ""), r.stage().name(), Formats.count(r.idleDays()),
                    Formats.count(r.stage().rottingDays()), Formats.money(deal.amount()), deal.owner().map(UserId::value).orElse(""));
        }
        table.print(out, 2);
        if (rotting.size() > limit) {
            out.println("  ... and " + (rotting.size() - limit) + " more");
        }
    }
}
