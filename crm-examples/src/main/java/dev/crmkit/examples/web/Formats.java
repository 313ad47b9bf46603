package dev.crmkit.examples.web;

import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the board writes money, moments and durations; the results are plain text for {@link HtmlWriter}. */
final class Formats {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** {@code 12,000.00 USD}: grouped digits at the currency's scale, then the currency code. */
    static String money(Money money) {
        return number(money.amount()) + " " + money.currencyCode();
    }

    /** A decimal with grouped digits, at its own scale. */
    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(Math.max(value.scale(), 0));
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A short axis label: {@code 950}, {@code 12.5k}, {@code 3.2M}. */
    static String compact(double value) {
        double abs = Math.abs(value);
        if (abs >= 1_000_000_000) {
            return trim(value / 1_000_000_000) + "B";
        }
        if (abs >= 1_000_000) {
            return trim(value / 1_000_000) + "M";
        }
        if (abs >= 1_000) {
            return trim(value / 1_000) + "k";
        }
        return trim(value);
    }

    /** {@code 2025-06-30 14:05} in the given zone. */
    static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }

    /** A zone's name for people: {@code UTC} for the UTC offset, else its id. */
    static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** Whole days from {@code from} to {@code to}, never negative. */
    static long wholeDays(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }

    /** {@code 1 day}, {@code 5 days}. */
    static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** A percentage given in percent, with one decimal and its sign: {@code +12.3 %}. */
    static String signedPercent(double percent) {
        return String.format(Locale.ROOT, "%+.1f %%", percent);
    }

    /** A fraction as a percentage with one decimal: {@code 0.5} is {@code 50.0 %}. */
    static String percentOf(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
