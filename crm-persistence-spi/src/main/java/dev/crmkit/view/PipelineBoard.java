package dev.crmkit.view;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.spi.DealStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A pipeline board: per stage, in pipeline order, the deal count, amounts and weighted amounts per currency,
 * and the rotting deals.
 *
 * @param pipeline the pipeline
 * @param status   which deals are counted (open, closed or both)
 * @param at       the moment rotting was evaluated
 * @param columns  one column per stage, in pipeline order
 */
public record PipelineBoard(Pipeline pipeline, DealStatus status, Instant at, List<BoardColumn> columns) {
    /** Copies the columns; requires pipeline, status and moment. */
    public PipelineBoard {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        columns = List.copyOf(columns);
    }

    /** The column of a stage key. */
    public BoardColumn column(String stageKey) {
        return columns.stream().filter(c -> c.stage().key().equals(stageKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + stageKey + " on this board"));
    }

    /** A plain-text table: one line per stage with count, amounts, weighted amounts and rotting count. */
    public String toText() {
        StringBuilder text = new StringBuilder(pipeline.name()).append('\n');
        for (BoardColumn column : columns) {
            String amounts = column.totals().isEmpty() ? "-" : column.totals().stream()
                    .map(t -> t.amount() + " (weighted " + t.weightedAmount() + ")")
                    .collect(Collectors.joining(", "));
            text.append(String.format("%-28s %4d deal(s)  %s%s%n", column.stage().name(), column.count(), amounts,
                    column.rottingCount() == 0 ? "" : "  rotting: " + column.rottingCount()));
        }
        return text.toString();
    }
}
