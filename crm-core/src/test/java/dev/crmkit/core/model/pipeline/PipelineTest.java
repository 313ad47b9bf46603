package dev.crmkit.core.model.pipeline;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.testing.Fixtures;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void defaultsToAnyToAnyWithReopening() {
        Pipeline pipeline = Fixtures.pipeline().build();
        assertThat(pipeline.transitionPolicy()).isEqualTo(TransitionPolicy.ANY_TO_ANY);
        assertThat(pipeline.allowReopen()).isTrue();
        assertThat(pipeline.version()).isZero();
    }

    @Test
    void findsStagesByKeyAndKind() {
        Pipeline pipeline = Fixtures.pipeline().build();
        assertThat(pipeline.stageKeys()).containsExactly("open-a", "open-b", "open-c", "won", "lost");
        assertThat(pipeline.stage("open-b")).map(Stage::key).contains("open-b");
        assertThat(pipeline.stage("nope")).isEmpty();
        assertThat(pipeline.indexOf("open-c")).isEqualTo(2);
        assertThat(pipeline.indexOf("nope")).isEqualTo(-1);
        assertThat(pipeline.firstOpenStage().key()).isEqualTo("open-a");
        assertThat(pipeline.wonStage().key()).isEqualTo("won");
        assertThat(pipeline.lostStage().key()).isEqualTo("lost");
        ValidationException e = assertRejected("stage", () -> pipeline.requireStage("nope"));
        assertThat(e.getMessage()).contains("open-a");
    }

    @Test
    void rejectsBlankOrLongNames() {
        assertRejected("name", () -> Fixtures.pipeline().name(" ").build());
        assertRejected("name", () -> Fixtures.pipeline().name("p".repeat(101)).build());
        assertThat(Fixtures.pipeline().name("  Renewals ").build().name()).isEqualTo("Renewals");
    }

    @Test
    void needsStagesOfEveryKind() {
        assertRejected("stages", () -> Fixtures.pipeline().stages(List.of()).build());
        ValidationException noWon = assertRejected("stages", () -> Fixtures.pipeline()
                .stages(List.of(Fixtures.openStage("a", 10).build(), Fixtures.lostStage("lost"))).build());
        assertThat(noWon.reason()).contains("WON");
        ValidationException noLost = assertRejected("stages", () -> Fixtures.pipeline()
                .stages(List.of(Fixtures.openStage("a", 10).build(), Fixtures.wonStage("won"))).build());
        assertThat(noLost.reason()).contains("LOST");
        ValidationException noOpen = assertRejected("stages", () -> Fixtures.pipeline()
                .stages(List.of(Fixtures.wonStage("won"), Fixtures.lostStage("lost"))).build());
        assertThat(noOpen.reason()).contains("OPEN");
    }

    @Test
    void rejectsDuplicateStageKeysNamingThePosition() {
        assertRejected("stages[2].key", () -> Fixtures.pipeline().stages(List.of(Fixtures.openStage("a", 10).build(),
                Fixtures.wonStage("won"), Fixtures.openStage("a", 20).build(), Fixtures.lostStage("lost"))).build());
    }

    @Test
    void graphEdgesMustNameStagesOfThePipeline() {
        assertRejected("transitionPolicy.edges", () -> Fixtures.pipeline()
                .transitionPolicy(new TransitionPolicy.Graph(Map.of("ghost", Set.of("open-a")))).build());
        assertRejected("transitionPolicy.edges.open-a", () -> Fixtures.pipeline()
                .transitionPolicy(new TransitionPolicy.Graph(Map.of("open-a", Set.of("open-b", "ghost")))).build());
        Pipeline ok = Fixtures.pipeline().transitionPolicy(new TransitionPolicy.Graph(Map.of("open-a", Set.of("open-b")))).build();
        assertThat(ok.transitionPolicy()).isInstanceOf(TransitionPolicy.Graph.class);
    }

    @Test
    void graphsRejectMissingEdgesAndCopyTheirInput() {
        assertRejected("transitionPolicy.edges", () -> new TransitionPolicy.Graph(null));
        Map<String, Set<String>> withNullTargets = new HashMap<>();
        withNullTargets.put("open-a", null);
        assertRejected("transitionPolicy.edges.open-a", () -> new TransitionPolicy.Graph(withNullTargets));
        Map<String, Set<String>> withNullTarget = new HashMap<>();
        withNullTarget.put("open-a", new HashSet<>(Arrays.asList("open-b", null)));
        assertRejected("transitionPolicy.edges.open-a", () -> new TransitionPolicy.Graph(withNullTarget));
        Map<String, Set<String>> edges = new HashMap<>(Map.of("open-a", Set.of("open-b")));
        TransitionPolicy.Graph graph = new TransitionPolicy.Graph(edges);
        edges.put("open-b", Set.of("open-c"));
        assertThat(graph.edges()).containsOnlyKeys("open-a");
    }

    @Test
    void rejectsInvalidVersionAndTimestamps() {
        assertRejected("version", () -> Fixtures.pipeline().version(-1).build());
        assertRejected("updatedAt", () -> Fixtures.pipeline().updatedAt(Fixtures.T0.minusSeconds(1)).build());
    }
}
