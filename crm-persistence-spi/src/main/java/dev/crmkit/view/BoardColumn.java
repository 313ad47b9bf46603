package dev.crmkit.view;

import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.DealId;
import java.util.List;
import java.util.Objects;

/**
 * One stage of a pipeline board.
 *
 * @param stage              the stage
 * @param count              how many deals are in it
 * @param totals             amounts per currency, by currency code
 * @param dealsWithoutAmount how many of its deals have no amount
 * @param rottingDeals       its open deals that are rotting (by {@code Rotting.isRotting} at the board's moment)
 */
public record BoardColumn(Stage stage, long count, List<CurrencyTotal> totals, long dealsWithoutAmount,
                          List<DealId> rottingDeals) {
    /** Copies the lists; requires the stage. */
    public BoardColumn {
        Objects.requireNonNull(stage, "stage");
        totals = List.copyOf(totals);
        rottingDeals = List.copyOf(rottingDeals);
    }

    /** How many of its deals are rotting. */
    public int rottingCount() {
        return rottingDeals.size();
    }
}
