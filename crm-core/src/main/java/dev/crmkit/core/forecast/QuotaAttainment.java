package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Attainment and coverage of quotas against a period's {@link RollupReport}. */
public final class QuotaAttainment {
    private QuotaAttainment() {
    }

    /**
     * One {@link Attainment} per quota of the report's period (quotas of other periods are skipped), in the
     * order given. An owner or team without deals in the period has zero closed and zero pipeline.
     *
     * @throws dev.crmkit.core.error.CurrencyMismatchException when a quota is not in the reporting currency
     * @throws ValidationException                             when a quota is missing
     */
    public static List<Attainment> compute(RollupReport report, Collection<Quota> quotas) {
        List<Attainment> out = new ArrayList<>();
        for (Quota quota : quotas) {
            ValidationException.check(quota != null, "quotas", null, "must not contain null");
            if (!quota.period().equals(report.period())) {
                continue;
            }
            CategoryTotals totals = quota.holder() instanceof QuotaHolder.Owner o
                    ? report.owner(o.owner()) : report.team(((QuotaHolder.Team) quota.holder()).team());
            out.add(Attainment.of(quota, totals));
        }
        return out;
    }
}
