package dev.crmkit.spi;

import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.UserId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of a deal aggregation. Group keys that were not requested are empty; {@code currency} is empty
 * for the group of deals without an amount, whose {@code amount} and {@code weightedAmount} are zero.
 *
 * @param pipeline       the pipeline, when grouped by pipeline
 * @param stage          the stage key, when grouped by stage
 * @param owner          the owner, when grouped by owner and the deals have one
 * @param closeMonth     the expected-close month, when grouped by it and the deals have a close date
 * @param currency       the currency of the amounts
 * @param count          number of deals
 * @param amount         sum of amounts, exact
 * @param weightedAmount sum of amount x effective probability / 100, exact (not rounded), where the
 *                       effective probability is 100 in a won stage, 0 in a lost stage, else the deal's
 *                       override or its stage's default; 0 for a deal whose pipeline or stage does not
 *                       exist in the tenant (for instance after the stage was removed from the pipeline)
 */
public record DealAggregate(Optional<PipelineId> pipeline, Optional<String> stage, Optional<UserId> owner,
                            Optional<YearMonth> closeMonth, Optional<Currency> currency, long count,
                            BigDecimal amount, BigDecimal weightedAmount) {
    public DealAggregate {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(closeMonth, "closeMonth");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weightedAmount, "weightedAmount");
    }
}
