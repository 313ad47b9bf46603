package dev.crmkit.examples.web;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.DealSort;
import dev.crmkit.spi.Page;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.view.PipelineBoard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a board page shows, read in one transaction: the façade's {@link PipelineBoard} (counts and totals per
 * stage) and the first {@link #CARDS_PER_STAGE} deals of each stage as cards, soonest expected close first.
 *
 * @param board the board aggregate
 * @param cards per stage key, in pipeline order, one page of its deals
 */
record BoardData(PipelineBoard board, Map<String, Page<Deal>> cards) {
    /** At most this many cards per column; the column says how many more there are. */
    static final int CARDS_PER_STAGE = 50;

    BoardData {
        Objects.requireNonNull(board, "board");
        cards = Map.copyOf(cards);
    }

    /**
     * Reads a pipeline's board.
     *
     * @throws dev.crmkit.core.error.NotFoundException when the pipeline does not exist
     */
    static BoardData load(CrmTenant tenant, PipelineId pipeline) {
        return tenant.inTransaction(tx -> {
            PipelineBoard board = tx.deals().board(pipeline);
            Map<String, Page<Deal>> cards = new LinkedHashMap<>();
            for (Stage stage : board.pipeline().stages()) {
                DealQuery query = DealQuery.builder().pipeline(pipeline).addStages(stage.key())
                        .sort(DealSort.EXPECTED_CLOSE_DATE).build();
                cards.put(stage.key(), tx.deals().find(query, PageRequest.first(CARDS_PER_STAGE)));
            }
            return new BoardData(board, cards);
        });
    }

    /** The cards of a stage. */
    List<Deal> cardsOf(String stageKey) {
        Page<Deal> page = cards.get(stageKey);
        return page == null ? List.of() : page.items();
    }
}
