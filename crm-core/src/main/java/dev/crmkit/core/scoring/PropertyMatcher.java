package dev.crmkit.core.scoring;

import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.shared.PropertyValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * A property condition compiled for scoring: the path resolved to a {@link ProfileField} or a custom-property
 * key, the model's values parsed into the form the lead's value is compared in (doubles, stage flags), so
 * {@link #matches(LeadProfile)} does no parsing, boxing or allocation (except for the text of custom date and
 * money properties).
 */
abstract class PropertyMatcher {

    /** Whether the lead satisfies the condition. */
    abstract boolean matches(LeadProfile lead);

    /** Compiles a property condition. */
    static PropertyMatcher compile(Condition condition) {
        if (condition instanceof Condition.Equals c) {
            return anyOf(c.path(), List.of(c.value()));
        } else if (condition instanceof Condition.In c) {
            return anyOf(c.path(), c.values());
        } else if (condition instanceof Condition.Range c) {
            double min = c.min().map(BigDecimal::doubleValue).orElse(Double.NEGATIVE_INFINITY);
            double max = c.max().map(BigDecimal::doubleValue).orElse(Double.POSITIVE_INFINITY);
            String currency = c.currency().orElse(null);
            ProfileField field = c.path().field();
            if (field == null) {
                return new CustomRange(c.path().readsAccount(), c.path().propertyKey().orElseThrow(), min, max, currency);
            }
            return field.kind() == PropertyPath.Kind.MONEY ? new RevenueRange(min, max, currency) : new NumberRange(field, min, max);
        } else if (condition instanceof Condition.Exists c) {
            return present(c.path(), true);
        } else if (condition instanceof Condition.Missing c) {
            return present(c.path(), false);
        }
        throw new IllegalArgumentException("not a property condition: " + condition.describe());
    }

    private static PropertyMatcher anyOf(PropertyPath path, List<String> values) {
        ProfileField field = path.field();
        if (field == null) {
            String[] texts = values.toArray(new String[0]);
            double[] numbers = new double[texts.length];
            for (int i = 0; i < texts.length; i++) {
                numbers[i] = Numbers.parseDouble(texts[i]);
            }
            return new CustomAnyOf(path.readsAccount(), path.propertyKey().orElseThrow(), texts, numbers);
        }
        switch (field.kind()) {
            case LIFECYCLE_STAGE -> {
                boolean[] wanted = new boolean[LifecycleStage.values().length];
                for (String v : values) {
                    wanted[Stages.parse(v).ordinal()] = true;
                }
                return new StageAnyOf(wanted);
            }
            case NUMBER -> {
                double[] numbers = new double[values.size()];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = Numbers.parseDouble(values.get(i));
                }
                return new NumberAnyOf(field, numbers);
            }
            case TEXT -> {
                return new TextAnyOf(field, values.toArray(new String[0]));
            }
            default -> throw new IllegalArgumentException(path + " cannot be compared by value");
        }
    }

    private static PropertyMatcher present(PropertyPath path, boolean wanted) {
        ProfileField field = path.field();
        if (field == null) {
            return new CustomPresent(path.readsAccount(), path.propertyKey().orElseThrow(), wanted);
        }
        return field.kind() == PropertyPath.Kind.NUMBER || field.kind() == PropertyPath.Kind.MONEY
                ? new NumberPresent(field, wanted) : new TextPresent(field, wanted);
    }

    private static boolean containsIgnoreCase(String[] values, String actual) {
        for (String v : values) {
            if (v.equalsIgnoreCase(actual)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(double[] values, double actual) {
        for (double v : values) {
            if (v == actual) {
                return true;
            }
        }
        return false;
    }

    private static final class TextAnyOf extends PropertyMatcher {
        private final ProfileField field;
        private final String[] values;

        TextAnyOf(ProfileField field, String[] values) {
            this.field = field;
            this.values = values;
        }

        @Override
        boolean matches(LeadProfile lead) {
            String actual = lead.text(field);
            return actual != null && containsIgnoreCase(values, actual);
        }
    }

    private static final class StageAnyOf extends PropertyMatcher {
        private final boolean[] wanted;

        StageAnyOf(boolean[] wanted) {
            this.wanted = wanted;
        }

        @Override
        boolean matches(LeadProfile lead) {
            return wanted[lead.stage().ordinal()];
        }
    }

    private static final class NumberAnyOf extends PropertyMatcher {
        private final ProfileField field;
        private final double[] values;

        NumberAnyOf(ProfileField field, double[] values) {
            this.field = field;
            this.values = values;
        }

        @Override
        boolean matches(LeadProfile lead) {
            return contains(values, lead.number(field));
        }
    }

    private static final class NumberRange extends PropertyMatcher {
        private final ProfileField field;
        private final double min;
        private final double max;

        NumberRange(ProfileField field, double min, double max) {
            this.field = field;
            this.min = min;
            this.max = max;
        }

        @Override
        boolean matches(LeadProfile lead) {
            double actual = lead.number(field);
            // NaN (absent) fails both comparisons.
            return actual >= min && actual <= max;
        }
    }

    private static final class RevenueRange extends PropertyMatcher {
        private final double min;
        private final double max;
        private final String currency;

        RevenueRange(double min, double max, String currency) {
            this.min = min;
            this.max = max;
            this.currency = currency;
        }

        @Override
        boolean matches(LeadProfile lead) {
            double actual = lead.number(ProfileField.ACCOUNT_ANNUAL_REVENUE);
            return actual >= min && actual <= max && currency.equals(lead.revenueCurrency());
        }
    }

    private static final class TextPresent extends PropertyMatcher {
        private final ProfileField field;
        private final boolean wanted;

        TextPresent(ProfileField field, boolean wanted) {
            this.field = field;
            this.wanted = wanted;
        }

        @Override
        boolean matches(LeadProfile lead) {
            return (lead.text(field) != null) == wanted;
        }
    }

    private static final class NumberPresent extends PropertyMatcher {
        private final ProfileField field;
        private final boolean wanted;

        NumberPresent(ProfileField field, boolean wanted) {
            this.field = field;
            this.wanted = wanted;
        }

        @Override
        boolean matches(LeadProfile lead) {
            return !Double.isNaN(lead.number(field)) == wanted;
        }
    }

    private static final class CustomPresent extends PropertyMatcher {
        private final boolean ofAccount;
        private final String key;
        private final boolean wanted;

        CustomPresent(boolean ofAccount, String key, boolean wanted) {
            this.ofAccount = ofAccount;
            this.key = key;
            this.wanted = wanted;
        }

        @Override
        boolean matches(LeadProfile lead) {
            return (lead.property(ofAccount, key) != null) == wanted;
        }
    }

    private static final class CustomAnyOf extends PropertyMatcher {
        private final boolean ofAccount;
        private final String key;
        private final String[] texts;
        private final double[] numbers;

        CustomAnyOf(boolean ofAccount, String key, String[] texts, double[] numbers) {
            this.ofAccount = ofAccount;
            this.key = key;
            this.texts = texts;
            this.numbers = numbers;
        }

        @Override
        boolean matches(LeadProfile lead) {
            PropertyValue value = lead.property(ofAccount, key);
            if (value == null) {
                return false;
            }
            if (value instanceof PropertyValue.Number n) {
                return contains(numbers, n.value().doubleValue());
            }
            return containsIgnoreCase(texts, value.asText());
        }
    }

    private static final class CustomRange extends PropertyMatcher {
        private final boolean ofAccount;
        private final String key;
        private final double min;
        private final double max;
        private final String currency;

        CustomRange(boolean ofAccount, String key, double min, double max, String currency) {
            this.ofAccount = ofAccount;
            this.key = key;
            this.min = min;
            this.max = max;
            this.currency = currency;
        }

        @Override
        boolean matches(LeadProfile lead) {
            PropertyValue value = lead.property(ofAccount, key);
            double actual;
            if (currency == null && value instanceof PropertyValue.Number n) {
                actual = n.value().doubleValue();
            } else if (currency != null && value instanceof PropertyValue.Amount a && currency.equals(a.value().currencyCode())) {
                actual = a.value().amount().doubleValue();
            } else {
                return false;
            }
            return actual >= min && actual <= max;
        }
    }
}
