package dev.crmkit.insight;

import dev.crmkit.core.analytics.CloseDateSlippage;
import dev.crmkit.core.analytics.PipelineVelocity;
import dev.crmkit.core.analytics.RottingDeal;
import dev.crmkit.core.analytics.SalesCycle;
import dev.crmkit.core.analytics.StageConversion;
import dev.crmkit.core.analytics.StageTime;
import dev.crmkit.core.analytics.WinRate;
import dev.crmkit.core.model.shared.PipelineId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every pipeline analytic of one cohort, computed from one load ({@link dev.crmkit.Analytics#report}).
 *
 * @param at              the moment time in stage and rotting were judged at (the cohort's as-of moment or
 *                        the clock's instant)
 * @param deals           the number of deals in the cohort
 * @param winRate         win rate by count and by value
 * @param salesCycle      creation-to-close days of closed deals
 * @param wonSalesCycle   creation-to-close days of won deals
 * @param stageConversion per pipeline of the cohort's deals (in the tenant's pipeline order), stage-to-stage
 *                        conversion
 * @param timeInStage     days spent per open stage
 * @param velocity        pipeline velocity
 * @param slippage        close-date slippage
 * @param rotting         open deals rotting at {@code at}, longest idle first
 */
public record AnalyticsReport(Instant at, int deals, WinRate winRate, SalesCycle salesCycle, SalesCycle wonSalesCycle,
                              Map<PipelineId, List<StageConversion>> stageConversion, List<StageTime> timeInStage,
                              PipelineVelocity velocity, CloseDateSlippage slippage, List<RottingDeal> rotting) {
    /** Copies the collections (the conversion map keeps its order). */
    public AnalyticsReport {
        stageConversion = Collections.unmodifiableMap(new LinkedHashMap<>(stageConversion));
        timeInStage = List.copyOf(timeInStage);
        rotting = List.copyOf(rotting);
    }
}
