package dev.crmkit.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule ids are part of the API: UIs match on them, so their values are pinned here. */
class RuleIdsTest {

    @Test
    void ruleIdsNeverChange() throws IllegalAccessException {
        Map<String, Object> ids = new LinkedHashMap<>();
        for (Field field : RuleIds.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                ids.put(field.getName(), field.get(null));
            }
        }
        assertThat(ids).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("STAGE_UNKNOWN", "stage.unknown"),
                Map.entry("SAME_STAGE", "transition.same-stage"),
                Map.entry("TRANSITION_NOT_ALLOWED", "transition.not-allowed"),
                Map.entry("REOPEN_NOT_ALLOWED", "transition.reopen-not-allowed"),
                Map.entry("GATE_REQUIRED_FIELD", "gate.required-field"),
                Map.entry("WON_NEEDS_AMOUNT", "close.won-needs-positive-amount"),
                Map.entry("LOST_NEEDS_REASON", "close.lost-needs-reason"),
                Map.entry("CLOSED_CATEGORY_ON_OPEN_DEAL", "forecast.closed-category-on-open-deal"),
                Map.entry("CLOSE_MOMENT", "deal.close-moment"),
                Map.entry("HISTORY_EMPTY", "history.empty"),
                Map.entry("HISTORY_NO_CREATION", "history.no-creation"),
                Map.entry("HISTORY_BROKEN_CHAIN", "history.broken-chain"),
                Map.entry("HISTORY_FINAL_STAGE", "history.final-stage")));
    }
}
