package dev.crmkit.core.model.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.crmkit.core.error.ValidationException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which stage-to-stage moves a pipeline allows among its stages. Closing (moving to a won or lost stage)
 * follows the same policy; re-opening a closed deal is governed separately by
 * {@link AbstractPipeline#allowReopen()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TransitionPolicy.AnyToAny.class, name = "any-to-any"),
    @JsonSubTypes.Type(value = TransitionPolicy.ForwardOnly.class, name = "forward-only"),
    @JsonSubTypes.Type(value = TransitionPolicy.Graph.class, name = "graph")
})
public sealed interface TransitionPolicy {

    /** Any stage may follow any other (the default, as in most CRMs). */
    TransitionPolicy ANY_TO_ANY = new AnyToAny();
    /** Only moves to a later stage in pipeline order, plus to any closed stage. */
    TransitionPolicy FORWARD_ONLY = new ForwardOnly();

    /** Any stage may follow any other. */
    record AnyToAny() implements TransitionPolicy {
    }

    /** Deals only move forward in stage order; any open stage may jump to a won or lost stage. */
    record ForwardOnly() implements TransitionPolicy {
    }

    /**
     * An explicit graph: the stages each stage may move to.
     *
     * @param edges from-stage key to the keys it may move to
     */
    record Graph(Map<String, Set<String>> edges) implements TransitionPolicy {
        public Graph {
            ValidationException.check(edges != null, "transitionPolicy.edges", null, "is required");
            // Checked before copying: Map.copyOf and Set.copyOf would throw a bare NullPointerException.
            for (Map.Entry<String, Set<String>> edge : edges.entrySet()) {
                ValidationException.check(edge.getKey() != null, "transitionPolicy.edges", null, "a from-stage is required");
                ValidationException.check(edge.getValue() != null, "transitionPolicy.edges." + edge.getKey(), null,
                        "targets are required");
                ValidationException.check(edge.getValue().stream().allMatch(Objects::nonNull),
                        "transitionPolicy.edges." + edge.getKey(), null, "a target stage is required");
            }
            edges = edges.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
        }
    }
}
