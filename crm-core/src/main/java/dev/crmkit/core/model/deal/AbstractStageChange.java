package dev.crmkit.core.model.deal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a deal's append-only stage history: the deal moved from one stage to another (or was
 * created in its first stage, when {@link #fromStage()} is empty), with the amount, close date and
 * probability it had at that moment, so forecasts can be replayed as of any date.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = StageChange.class)
@JsonDeserialize(as = StageChange.class)
public abstract class AbstractStageChange {

    /** The id (time-ordered, so it also breaks ties between changes at the same moment). */
    public abstract StageChangeId id();

    /** The deal that moved. */
    public abstract DealId deal();

    /** The pipeline the deal was in after the change. */
    public abstract PipelineId pipeline();

    /** The stage before; empty for the entry that records the deal's creation. */
    public abstract Optional<String> fromStage();

    /** The stage after. */
    public abstract String toStage();

    /** When it happened. */
    public abstract Instant changedAt();

    /** The deal's amount at that moment. */
    public abstract Optional<Money> amount();

    /** The deal's expected close date at that moment. */
    public abstract Optional<LocalDate> expectedCloseDate();

    /** The deal's effective probability right after the change. */
    public abstract Percentage probability();

    /** Who made the change, when known. */
    public abstract Optional<UserId> changedBy();

    @Value.Check
    protected void check() {
        ValidationException.check(!toStage().isBlank(), "toStage", toStage(), "must not be blank");
        fromStage().ifPresent(from -> ValidationException.check(!from.isBlank(), "fromStage", from, "must not be blank"));
    }
}
