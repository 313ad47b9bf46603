package dev.crmkit.core.model.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.CrmStyle;
import dev.crmkit.core.model.shared.PipelineId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A sales pipeline: ordered stages and the rules for moving deals between them. A tenant can have several
 * (new business, renewals, partners). It needs at least one open, one won and one lost stage.
 * Build with {@code Pipeline.builder()} or start from {@link PipelineTemplates}.
 */
@Value.Immutable
@CrmStyle
@JsonSerialize(as = Pipeline.class)
@JsonDeserialize(as = Pipeline.class)
public abstract class AbstractPipeline {

    /** The id. */
    public abstract PipelineId id();

    /** Display name, 1-100 characters, trimmed. */
    public abstract String name();

    /** The stages in pipeline order. */
    public abstract List<Stage> stages();

    /** Which moves between stages are allowed. */
    @Value.Default
    public TransitionPolicy transitionPolicy() {
        return TransitionPolicy.ANY_TO_ANY;
    }

    /** Whether a won or lost deal may be moved back to an open stage. */
    @Value.Default
    public boolean allowReopen() {
        return true;
    }

    /** When the pipeline was created. */
    public abstract Instant createdAt();

    /** When the pipeline was last changed. */
    @Value.Default
    public Instant updatedAt() {
        return createdAt();
    }

    /** Optimistic-locking version: 0 before the first insert, incremented by every update. */
    @Value.Default
    public long version() {
        return 0;
    }

    /** The stage with this key. */
    public Optional<Stage> stage(String key) {
        return stages().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The stage with this key; throws {@link ValidationException} (field {@code stage}) when the pipeline has none. */
    public Stage requireStage(String key) {
        return stage(key).orElseThrow(() -> new ValidationException("stage", key,
                "is not a stage of pipeline '" + name() + "' (stages: " + stageKeys() + ")"));
    }

    /** The position of the stage in pipeline order, or -1. */
    public int indexOf(String key) {
        for (int i = 0; i < stages().size(); i++) {
            if (stages().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The stage keys in order. */
    @JsonIgnore
    public List<String> stageKeys() {
        return stages().stream().map(Stage::key).toList();
    }

    /** The first open stage: where new deals start by default. */
    @JsonIgnore
    public Stage firstOpenStage() {
        return firstOfKind(StageKind.OPEN);
    }

    /** The first won stage. */
    @JsonIgnore
    public Stage wonStage() {
        return firstOfKind(StageKind.WON);
    }

    /** The first lost stage. */
    @JsonIgnore
    public Stage lostStage() {
        return firstOfKind(StageKind.LOST);
    }

    private Stage firstOfKind(StageKind kind) {
        return stages().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    @Value.Check
    protected AbstractPipeline normalize() {
        String trimmedName = ValidationException.requireText("name", name(), 100);
        return trimmedName.equals(name()) ? this : Pipeline.copyOf(this).withName(trimmedName);
    }

    @Value.Check
    protected void check() {
        ValidationException.requireText("name", name(), 100);
        ValidationException.check(!stages().isEmpty(), "stages", null, "a pipeline needs stages");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < stages().size(); i++) {
            Stage stage = stages().get(i);
            ValidationException.check(keys.add(stage.key()), "stages[" + i + "].key", stage.key(), "is used twice");
        }
        for (StageKind kind : StageKind.values()) {
            ValidationException.check(stages().stream().anyMatch(s -> s.kind() == kind), "stages", null,
                    "a pipeline needs at least one " + kind + " stage");
        }
        if (transitionPolicy() instanceof TransitionPolicy.Graph graph) {
            for (Map.Entry<String, Set<String>> edge : graph.edges().entrySet()) {
                ValidationException.check(keys.contains(edge.getKey()), "transitionPolicy.edges", edge.getKey(),
                        "is not a stage of this pipeline");
                for (String target : edge.getValue()) {
                    ValidationException.check(keys.contains(target), "transitionPolicy.edges." + edge.getKey(), target,
                            "is not a stage of this pipeline");
                }
            }
        }
        ValidationException.check(version() >= 0, "version", version(), "must not be negative");
        ValidationException.check(!updatedAt().isBefore(createdAt()), "updatedAt", updatedAt(), "must not be before createdAt");
    }
}
