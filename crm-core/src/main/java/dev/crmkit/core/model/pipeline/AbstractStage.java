package dev.crmkit.core.model.pipeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.Percentage;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One stage of a {@link Pipeline}. Build with {@code Stage.builder()}.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = Stage.class)
@JsonDeserialize(as = Stage.class)
public abstract class AbstractStage {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** Stable key, unique within the pipeline ({@code qualification}); lower-case letters, digits, '_' and '-'. */
    public abstract String key();

    /** Display name, 1-100 characters, trimmed. */
    public abstract String name();

    /** Default win probability for deals in this stage, 0..100. */
    public abstract Percentage defaultProbability();

    /** Open, won or lost. */
    @Value.Default
    public StageKind kind() {
        return StageKind.OPEN;
    }

    /** Default forecast category of deals in this stage. */
    @Value.Default
    public ForecastCategory defaultForecastCategory() {
        return switch (kind()) {
            case WON -> ForecastCategory.CLOSED;
            case LOST -> ForecastCategory.OMITTED;
            case OPEN -> ForecastCategory.PIPELINE;
        };
    }

    /** Fields a deal must have to enter this stage. */
    public abstract Set<StageRequirement> requiredFields();

    /** Days without a stage change or activity after which a deal here is rotting; 0 = never. */
    @Value.Default
    public int rottingDays() {
        return 0;
    }

    @Value.Check
    protected AbstractStage normalize() {
        String trimmedName = ValidationException.requireText("name", name(), 100);
        return trimmedName.equals(name()) ? this : Stage.copyOf(this).withName(trimmedName);
    }

    @Value.Check
    protected void check() {
        ValidationException.check(KEY.matcher(key()).matches(), "key", key(),
                "must be 1-64 lower-case letters, digits, '_' or '-'");
        ValidationException.requireText("name", name(), 100);
        ValidationException.check(rottingDays() >= 0, "rottingDays", rottingDays(), "must not be negative");
        if (kind() == StageKind.LOST) {
            ValidationException.check(defaultForecastCategory() == ForecastCategory.OMITTED, "defaultForecastCategory",
                    defaultForecastCategory(), "a lost stage must forecast as OMITTED");
        }
        if (kind() == StageKind.WON) {
            ValidationException.check(defaultForecastCategory() == ForecastCategory.CLOSED, "defaultForecastCategory",
                    defaultForecastCategory(), "a won stage must forecast as CLOSED");
        }
        if (kind() == StageKind.OPEN) {
            ValidationException.check(defaultForecastCategory() != ForecastCategory.CLOSED, "defaultForecastCategory",
                    defaultForecastCategory(), "an open stage cannot forecast as CLOSED");
        }
    }
}
