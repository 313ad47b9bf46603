package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a {@link WeightedPipelineReport}, kept as the deals with their converted amounts and
 * probabilities and turned into {@link WeightedLine} values only when read. A report over a million deals
 * then holds three references per line instead of five objects, and computing it allocates almost nothing
 * per deal. Every read of the same index gives an equal line (the product is recomputed exactly). Immutable
 * once built.
 */
final class WeightedLines extends AbstractList<WeightedLine> implements RandomAccess {
    private final Deal[] deals;
    private final StageSlot[] stages;
    private final BigDecimal[] amounts;
    private final BigDecimal[] probabilities;
    private final int size;
    private final ForecastContext context;

    private WeightedLines(Builder b) {
        this.deals = b.deals;
        this.stages = b.stages;
        this.amounts = b.amounts;
        this.probabilities = b.probabilities;
        this.size = b.size;
        this.context = b.context;
    }

    @Override
    public WeightedLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
        Deal deal = deals[index];
        BigDecimal amount = amounts[index];
        BigDecimal probability = probabilities[index];
        return new WeightedLine(deal.id(), stages[index].ref(), deal.owner(), context.teamOf(deal.owner()), amount,
                probability, amount.multiply(probability));
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects lines in report order. */
    static final class Builder {
        private final ForecastContext context;
        private Deal[] deals = new Deal[16];
        private StageSlot[] stages = new StageSlot[16];
        private BigDecimal[] amounts = new BigDecimal[16];
        private BigDecimal[] probabilities = new BigDecimal[16];
        private int size;

        Builder(ForecastContext context) {
            this.context = context;
        }

        /** Adds the line of a deal counted with this stage, converted amount and probability (a fraction). */
        void add(Deal deal, StageSlot stage, BigDecimal amount, BigDecimal probability) {
            if (size == deals.length) {
                int grown = size + (size >> 1);
                deals = Arrays.copyOf(deals, grown);
                stages = Arrays.copyOf(stages, grown);
                amounts = Arrays.copyOf(amounts, grown);
                probabilities = Arrays.copyOf(probabilities, grown);
            }
            deals[size] = deal;
            stages[size] = stage;
            amounts[size] = amount;
            probabilities[size] = probability;
            size++;
        }

        WeightedLines build() {
            return new WeightedLines(this);
        }
    }
}
