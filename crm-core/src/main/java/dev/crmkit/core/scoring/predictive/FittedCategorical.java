package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CategoricalFeature} with the levels learnt from training records. Encodes to
 * {@link #width()} 0/1 features in this order: the frequent levels (sorted), then {@code (missing)} if
 * missing values were frequent, then {@code (other)} if any level was infrequent.
 *
 * <p>At prediction time a missing value goes to {@code (missing)}, or to {@code (other)} when missing was
 * itself infrequent; an infrequent or never-seen level goes to {@code (other)}. When the needed column does
 * not exist the record gets no feature for this column, which scores it like the average of the reference.
 */
public final class FittedCategorical {
    /** Suffix of the feature for missing values. */
    public static final String MISSING = "(missing)";
    /** Suffix of the feature for rare and unseen levels. */
    public static final String OTHER = "(other)";

    private final CategoricalFeature feature;
    private final List<String> levels;
    private final boolean missingLevel;
    private final boolean otherLevel;
    private final Map<String, Integer> positions;

    /**
     * Restores a fitted feature (for example from JSON).
     *
     * @param feature      the declaration
     * @param levels       the frequent levels, as produced by {@link CategoricalFeature#level(String)}
     * @param missingLevel whether there is a {@code (missing)} feature
     * @param otherLevel   whether there is an {@code (other)} feature
     * @throws ValidationException when a level is null, blank or repeated
     */
    public FittedCategorical(CategoricalFeature feature, List<String> levels, boolean missingLevel, boolean otherLevel) {
        this.feature = Objects.requireNonNull(feature, "feature");
        this.levels = List.copyOf(levels);
        this.missingLevel = missingLevel;
        this.otherLevel = otherLevel;
        this.positions = new HashMap<>(levels.size() * 2);
        for (int i = 0; i < this.levels.size(); i++) {
            String level = this.levels.get(i);
            ValidationException.check(!level.isBlank(), feature.column() + ".levels", level, "must not be blank");
            ValidationException.check(positions.put(level, i) == null, feature.column() + ".levels", level, "is listed twice");
        }
    }

    /**
     * Learns the levels from training values.
     *
     * @param feature the declaration
     * @param values  the raw training values of the column, one per record
     * @return the fitted feature
     */
    static FittedCategorical fit(CategoricalFeature feature, List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        int missing = 0;
        for (String raw : values) {
            String level = feature.level(raw);
            if (level == null) {
                missing++;
            } else {
                counts.merge(level, 1, Integer::sum);
            }
        }
        List<String> frequent = new ArrayList<>();
        boolean rare = missing > 0 && missing < feature.minFrequency();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() >= feature.minFrequency()) {
                frequent.add(entry.getKey());
            } else {
                rare = true;
            }
        }
        frequent.sort(null);
        return new FittedCategorical(feature, frequent, missing >= feature.minFrequency(), rare);
    }

    /**
     * The declaration.
     *
     * @return the feature
     */
    public CategoricalFeature feature() {
        return feature;
    }

    /**
     * The frequent levels, sorted.
     *
     * @return an unmodifiable list
     */
    public List<String> levels() {
        return levels;
    }

    /**
     * Whether missing values have their own feature.
     *
     * @return see above
     */
    public boolean missingLevel() {
        return missingLevel;
    }

    /**
     * Whether rare and unseen levels have a shared feature.
     *
     * @return see above
     */
    public boolean otherLevel() {
        return otherLevel;
    }

    /**
     * The number of encoded features.
     *
     * @return levels plus the optional missing and other features
     */
    public int width() {
        return levels.size() + (missingLevel ? 1 : 0) + (otherLevel ? 1 : 0);
    }

    /**
     * The encoded feature names, {@code column=level}; a level literally spelled {@code (missing)} or
     * {@code (other)} is written in double quotes to keep it apart from the reserved features.
     *
     * @return names in encoding order
     */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(width());
        // a real value spelled like a reserved level is quoted so the feature names stay unique
        for (String level : levels) {
            boolean reserved = level.equals(MISSING) || level.equals(OTHER);
            names.add(feature.column() + "=" + (reserved ? '"' + level + '"' : level));
        }
        if (missingLevel) {
            names.add(feature.column() + "=" + MISSING);
        }
        if (otherLevel) {
            names.add(feature.column() + "=" + OTHER);
        }
        return names;
    }

    /**
     * The position (within this feature's block) that a raw value switches on.
     *
     * @param raw the value as read
     * @return the position in {@code [0, width())}, or -1 when no feature applies
     */
    int position(String raw) {
        String level = feature.level(raw);
        if (level == null && missingLevel) {
            return levels.size();
        }
        Integer known = level == null ? null : positions.get(level);
        if (known != null) {
            return known;
        }
        return otherLevel ? width() - 1 : -1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FittedCategorical that
                && feature.equals(that.feature)
                && levels.equals(that.levels)
                && missingLevel == that.missingLevel
                && otherLevel == that.otherLevel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(feature, levels, missingLevel, otherLevel);
    }

    @Override
    public String toString() {
        return "FittedCategorical[" + feature.column() + ": " + levels + (missingLevel ? " +missing" : "") + (otherLevel ? " +other" : "") + "]";
    }
}
