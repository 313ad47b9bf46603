package dev.crmkit.examples.cli;

import dev.crmkit.core.model.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How reports write numbers, money, rates and dates: fixed, locale-independent formats. */
final class Formats {
    private Formats() {
    }

    /** An amount with thousands separators and the currency's decimals, without the currency code. */
    static String amount(Money money) {
        return amount(money.amount(), money.currency().getDefaultFractionDigits());
    }

    /** An amount with thousands separators and {@code decimals} decimals. */
    static String amount(BigDecimal amount, int decimals) {
        return String.format(Locale.ROOT, "%,." + Math.max(decimals, 0) + "f", amount);
    }

    /** An amount and its currency code, e.g. {@code 12,000.00 USD}. */
    static String money(Money money) {
        return amount(money) + " " + money.currency().getCurrencyCode();
    }

    /** An optional amount, or {@code -}. */
    static String money(Optional<Money> money) {
        return money.map(Formats::money).orElse("-");
    }

    /** A whole number with thousands separators. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 66.6 %}; {@code -} when empty. */
    static String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? percent(fraction.getAsDouble()) : "-";
    }

    /** A fraction as a percentage with one decimal. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** A number of days with one decimal; {@code -} when empty. */
    static String days(OptionalDouble days) {
        return days.isPresent() ? String.format(Locale.ROOT, "%.1f", days.getAsDouble()) : "-";
    }

    /** A number with {@code decimals} decimals. */
    static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A signed number with two decimals, e.g. {@code +15.00}. */
    static String signed(BigDecimal points) {
        return (points.signum() >= 0 ? "+" : "") + points.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The UTC date of a moment. */
    static LocalDate date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A moment as {@code 2025-11-23 14:05} (UTC). */
    static String minute(Instant instant) {
        String text = instant.atZone(ZoneOffset.UTC).toLocalDateTime().withSecond(0).withNano(0).toString();
        return text.replace('T', ' ');
    }

    /** A duration as seconds with one decimal, e.g. {@code 2.4 s}. */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
