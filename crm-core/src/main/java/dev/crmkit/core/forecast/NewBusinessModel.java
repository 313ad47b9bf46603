package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Estimates the business that deals not yet created will bring inside a forecast window.
 *
 * <p>The window has length {@code L} (the whole period when the forecast is made before it starts, else the
 * rest of it). Reference windows are the last {@code L} of each earlier period of the same kind that had
 * ended by the as-of moment (the whole period when it is shorter), most recent first, up to
 * {@code maxReferences}, and none that starts before the data's observation start (the later of the first
 * recorded creation and the first recorded close). In each, it counts deals created inside the window and won
 * inside it, with their won amounts (the amount on the history entry that moved them into a won stage,
 * converted at that date). The per-day rates over all reference windows times {@code L} give the expected
 * count and value; the won amounts are the bootstrap sample for the simulation.
 *
 * <p>How well that mean is known ({@link NewBusinessEstimate#relativeVariance()}): the value per day is a
 * compound-Poisson total, so its relative sampling variance is {@code sum(a^2) / (sum a)^2} over the won amounts
 * {@code a}. With {@code J >= 2} reference windows, the windows' values per day {@code r_j}, divided by the pooled
 * value per day, have a sample variance {@code s^2}; what exceeds their mean sampling variance,
 * {@code tau^2 = max(0, s^2 - mean_j(sum_{a in j} a^2 / (T_j r)^2))}, is variation between windows. A new
 * window's mean then varies by {@code tau^2} around the pooled mean, which itself is off by {@code tau^2 / J}:
 * relative variance = sampling + {@code tau^2 (1 + 1/J)}.
 */
public final class NewBusinessModel {
    private static final double SECONDS_PER_DAY = 86_400d;

    private NewBusinessModel() {
    }

    /**
     * The estimate for {@code period} from what {@code known} holds (pass a snapshot's replay, so nothing after
     * the as-of moment is seen).
     *
     * @param known            data known at the as-of moment
     * @param window           the forecast window of {@code period}
     * @param period           the forecast period
     * @param context          calendar, currency and rates
     * @param maxReferences    the most reference windows to use (at least 1)
     * @param observationStart the moment outcomes are trusted from; empty for the default
     * @throws ValidationException          when {@code maxReferences} is below 1
     * @throws MissingExchangeRateException when a won amount cannot be converted
     */
    public static NewBusinessEstimate estimate(AsOfReplay known, ForecastWindow window, Period period,
                                               ForecastContext context, int maxReferences,
                                               Optional<Instant> observationStart) {
        ValidationException.check(maxReferences >= 1, "referencePeriods", maxReferences, "must be at least 1");
        double windowDays = window.length().getSeconds() / SECONDS_PER_DAY;
        if (window.isEmpty()) {
            return none(context, 0, "the period is over");
        }
        Optional<Instant> observed = observationStart.or(() -> Observation.start(known));
        if (observed.isEmpty()) {
            return none(context, windowDays, "no deal had closed by the as-of moment");
        }
        PeriodCalendar calendar = context.calendar();
        List<ReferenceWindow> references = new ArrayList<>();
        List<Money> amounts = new ArrayList<>();
        long totalCount = 0;
        BigDecimal totalValue = BigDecimal.ZERO;
        long totalSeconds = 0;
        List<double[]> perWindow = new ArrayList<>();
        Period reference = calendar.previous(period);
        while (references.size() < maxReferences) {
            Instant end = calendar.endOf(reference);
            if (end.isAfter(window.asOf())) {
                reference = calendar.previous(reference);
                continue;
            }
            Instant start = calendar.startOf(reference);
            Instant from = end.minus(window.length()).isAfter(start) ? end.minus(window.length()) : start;
            if (from.isBefore(observed.get())) {
                break;
            }
            long count = 0;
            BigDecimal value = BigDecimal.ZERO;
            double squares = 0;
            for (Deal deal : known.deals()) {
                if (deal.createdAt().isBefore(from) || !deal.createdAt().isBefore(end)) {
                    continue;
                }
                Optional<StageChange> won = firstWin(known, deal, from, end);
                if (won.isPresent()) {
                    StageChange change = won.get();
                    BigDecimal amount = context.toReporting(change.amount(), calendar.dateOf(change.changedAt()));
                    count++;
                    value = value.add(amount);
                    squares += amount.doubleValue() * amount.doubleValue();
                    amounts.add(context.round(amount));
                }
            }
            references.add(new ReferenceWindow(reference, from, end, count, context.round(value)));
            totalCount += count;
            totalValue = totalValue.add(value);
            totalSeconds += Duration.between(from, end).getSeconds();
            perWindow.add(new double[] {value.doubleValue(), squares, Duration.between(from, end).getSeconds()});
            reference = calendar.previous(reference);
        }
        if (references.isEmpty()) {
            return none(context, windowDays, "no earlier " + period.kind().name().toLowerCase(Locale.ROOT)
                    + " had ended after the observation start " + observed.get());
        }
        double referenceDays = totalSeconds / SECONDS_PER_DAY;
        double countPerDay = totalCount / referenceDays;
        BigDecimal expectedValue = totalValue.multiply(BigDecimal.valueOf(window.length().getSeconds()))
                .divide(BigDecimal.valueOf(totalSeconds), MathContext.DECIMAL128);
        double relativeVariance = relativeVariance(perWindow);
        String basis = String.format(Locale.ROOT, "%d deals created and won inside %d reference window(s) of %.1f days"
                        + " in all: %.4f per day x %.1f days; relative standard error of the mean %.1f %%", totalCount,
                references.size(), referenceDays, countPerDay, windowDays, 100 * Math.sqrt(relativeVariance));
        return new NewBusinessEstimate(references, windowDays, countPerDay, countPerDay * windowDays,
                context.round(expectedValue), amounts, relativeVariance, basis);
    }

    /** Sampling plus between-window relative variance; each entry is {value, sum of squared amounts, seconds}. */
    static double relativeVariance(List<double[]> windows) {
        double value = 0;
        double squares = 0;
        double seconds = 0;
        for (double[] w : windows) {
            value += w[0];
            squares += w[1];
            seconds += w[2];
        }
        if (value <= 0) {
            return 0;
        }
        double sampling = squares / (value * value);
        int j = windows.size();
        if (j < 2) {
            return sampling;
        }
        double pooled = value / seconds;
        double[] ratios = new double[j];
        double[] within = new double[j];
        for (int i = 0; i < j; i++) {
            double[] w = windows.get(i);
            ratios[i] = w[0] / w[2] / pooled;
            within[i] = w[1] / (w[2] * w[2] * pooled * pooled);
        }
        return sampling + BetweenWindows.variance(ratios, within);
    }

    private static Optional<StageChange> firstWin(AsOfReplay known, Deal deal, Instant from, Instant end) {
        StageChange[] changes = known.changes(deal.id());
        if (changes == null) {
            return Optional.empty();
        }
        for (StageChange c : changes) {
            if (!c.changedAt().isBefore(end)) {
                break;
            }
            if (!c.changedAt().isBefore(from) && known.kindOf(c) == StageKind.WON) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static NewBusinessEstimate none(ForecastContext context, double windowDays, String why) {
        return new NewBusinessEstimate(List.of(), windowDays, 0, 0, context.zero(), List.of(), 0, "none: " + why);
    }
}
