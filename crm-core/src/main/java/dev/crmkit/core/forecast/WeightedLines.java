package dev.crmkit.core.forecast;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.rules.Probabilities;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a {@link WeightedPipelineReport}, kept as the counted deals with their converted amounts and
 * turned into {@link WeightedLine} values only when read: the stage, probability, team and product are
 * derived again from the deal (immutable) and the context, exactly as the report derived them. A report over
 * a million deals then holds two references per line instead of five objects, and computing it allocates
 * almost nothing per deal. Every read of the same index gives an equal line. Immutable once built.
 */
final class WeightedLines extends AbstractList<WeightedLine> implements RandomAccess {
    private final Deal[] deals;
    private final BigDecimal[] amounts;
    private final int size;
    private final ForecastContext context;

    private WeightedLines(Builder b) {
        this.deals = b.deals;
        this.amounts = b.amounts;
        this.size = b.size;
        this.context = b.context;
    }

    @Override
    public WeightedLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("line " + index + " of " + size);
        }
        Deal deal = deals[index];
        StageSlot slot = context.slot(deal.pipeline(), deal.stage());
        BigDecimal amount = amounts[index];
        BigDecimal probability = Probabilities.effectiveProbability(deal, slot.stage()).fraction();
        return new WeightedLine(deal.id(), slot.ref(), deal.owner(), context.teamOf(deal.owner()), amount,
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
        private BigDecimal[] amounts = new BigDecimal[16];
        private int size;

        Builder(ForecastContext context) {
            this.context = context;
        }

        /** Adds the line of a counted deal with its amount in the reporting currency. */
        void add(Deal deal, BigDecimal amount) {
            if (size == deals.length) {
                int grown = size + (size >> 1);
                deals = Arrays.copyOf(deals, grown);
                amounts = Arrays.copyOf(amounts, grown);
            }
            deals[size] = deal;
            amounts[size] = amount;
            size++;
        }

        WeightedLines build() {
            return new WeightedLines(this);
        }
    }
}
