package dev.crmkit.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.DealAggregate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Compares deal aggregates as sets of groups, with amounts compared by value ({@code compareTo}), not scale. */
public final class AggregateAssertions {
    private AggregateAssertions() {
    }

    /** One group with amounts normalized so that equal values are equal objects. */
    public record Group(Optional<PipelineId> pipeline, Optional<String> stage, Optional<UserId> owner,
                        Optional<YearMonth> closeMonth, Optional<Currency> currency, long count, BigDecimal amount,
                        BigDecimal weightedAmount) {
        /** The group of an aggregate. */
        public static Group of(DealAggregate a) {
            return new Group(a.pipeline(), a.stage(), a.owner(), a.closeMonth(), a.currency(), a.count(),
                    a.amount().stripTrailingZeros(), a.weightedAmount().stripTrailingZeros());
        }
    }

    /** The groups of aggregates, in the same order. */
    public static List<Group> groups(List<DealAggregate> aggregates) {
        return aggregates.stream().map(Group::of).toList();
    }

    /** Checks that {@code actual} has exactly the {@code expected} groups, in any order, each once. */
    public static void assertSameGroups(List<DealAggregate> actual, List<DealAggregate> expected) {
        assertThat(groups(actual)).containsExactlyInAnyOrderElementsOf(groups(expected));
    }

    /** An expected group. */
    public static DealAggregate row(Optional<PipelineId> pipeline, Optional<String> stage, Optional<UserId> owner,
                                    Optional<YearMonth> month, String currency, long count, String amount, String weighted) {
        return new DealAggregate(pipeline, stage, owner, month, Optional.ofNullable(currency).map(Currency::getInstance), count,
                new BigDecimal(amount), new BigDecimal(weighted));
    }
}
