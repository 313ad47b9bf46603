package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something a lead did, at a moment: an email open, a page view, a form submission, a call. Engagement rules
 * count events by {@code kind} and may filter on {@code attributes}.
 *
 * <p>Kinds are lower-case words separated by dots: a letter, then letters, digits or {@code _}, with
 * {@code .} between words, at most 64 characters. Common kinds: {@code email_open}, {@code email_click},
 * {@code page_view} (attribute {@code page}), {@code form_submit} (attribute {@code form}),
 * {@code webinar_attended}; events derived from activities are {@code activity.call},
 * {@code activity.email}, {@code activity.meeting}, {@code activity.note} and {@code activity.task}.
 *
 * @param kind       the kind
 * @param at         when it happened
 * @param attributes details (e.g. {@code page=pricing}); keys are non-blank, values are not null
 */
public record EngagementEvent(String kind, Instant at, Map<String, String> attributes) {
    /** The prefix of kinds derived from activities. */
    public static final String ACTIVITY_PREFIX = "activity.";

    public EngagementEvent {
        kind = requireKind("kind", kind);
        ValidationException.check(at != null, "at", null, "is required");
        TreeMap<String, String> sorted = new TreeMap<>();
        if (attributes != null) {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                ValidationException.check(e.getKey() != null && !e.getKey().isBlank(), "attributes", e.getKey(),
                        "keys must not be blank");
                ValidationException.check(e.getValue() != null, "attributes." + e.getKey(), null, "is required");
                sorted.put(e.getKey(), e.getValue());
            }
        }
        attributes = Collections.unmodifiableMap(sorted);
    }

    /** An event without attributes. */
    public static EngagementEvent of(String kind, Instant at) {
        return new EngagementEvent(kind, at, Map.of());
    }

    /** An event with attributes. */
    public static EngagementEvent of(String kind, Instant at, Map<String, String> attributes) {
        return new EngagementEvent(kind, at, attributes);
    }

    /**
     * The event an activity stands for: kind {@code activity.<type>} (e.g. {@code activity.meeting}), at the
     * activity's {@link Activity#timelineAt() timeline moment} (when it occurred; a task's due moment),
     * with attributes {@code outcome} (when the activity has one) and {@code done} ({@code true}/{@code false}).
     */
    public static EngagementEvent fromActivity(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        TreeMap<String, String> attributes = new TreeMap<>();
        activity.outcome().ifPresent(o -> attributes.put("outcome", o));
        attributes.put("done", Boolean.toString(activity.done()));
        return new EngagementEvent(activityKind(activity.type()), activity.timelineAt(), attributes);
    }

    /** The kind of events derived from activities of {@code type}, e.g. {@code activity.call}. */
    public static String activityKind(ActivityType type) {
        return ACTIVITY_PREFIX + type.name().toLowerCase(Locale.ROOT);
    }

    /** Checks an event kind (see the class description); throws {@link ValidationException} naming {@code field}. */
    static String requireKind(String field, String kind) {
        ValidationException.check(kind != null, field, null, "is required");
        boolean valid = !kind.isEmpty() && kind.length() <= 64;
        boolean wordStart = true;
        for (int i = 0; valid && i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (wordStart) {
                valid = c >= 'a' && c <= 'z';
                wordStart = false;
            } else if (c == '.') {
                wordStart = true;
            } else {
                valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            }
        }
        ValidationException.check(valid && !wordStart, field, kind,
                "must be lower-case words (a letter, then letters, digits or '_') separated by '.', at most 64 characters");
        return kind;
    }
}
