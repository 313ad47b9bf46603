package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityIdTest {
    private static final String TEXT = "01890a5d-ac96-774b-bcce-b302099a8057";

    static Stream<Arguments> idTypes() {
        return Stream.of(
                Arguments.of("AccountId", (Function<String, EntityId>) AccountId::parse, (Function<UUID, EntityId>) AccountId::new),
                Arguments.of("ContactId", (Function<String, EntityId>) ContactId::parse, (Function<UUID, EntityId>) ContactId::new),
                Arguments.of("DealId", (Function<String, EntityId>) DealId::parse, (Function<UUID, EntityId>) DealId::new),
                Arguments.of("PipelineId", (Function<String, EntityId>) PipelineId::parse, (Function<UUID, EntityId>) PipelineId::new),
                Arguments.of("ActivityId", (Function<String, EntityId>) ActivityId::parse, (Function<UUID, EntityId>) ActivityId::new),
                Arguments.of("StageChangeId", (Function<String, EntityId>) StageChangeId::parse,
                        (Function<UUID, EntityId>) StageChangeId::new),
                Arguments.of("PropertyDefinitionId", (Function<String, EntityId>) PropertyDefinitionId::parse,
                        (Function<UUID, EntityId>) PropertyDefinitionId::new));
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void parsesTheCanonicalForm(String field, Function<String, EntityId> parse, Function<UUID, EntityId> wrap) {
        EntityId id = parse.apply(TEXT);
        assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
        assertThat(id).hasToString(TEXT).isEqualTo(wrap.apply(UUID.fromString(TEXT)));
        assertThat(parse.apply(" " + TEXT.toUpperCase(Locale.ROOT) + " ")).isEqualTo(id);
    }

    @ParameterizedTest
    @MethodSource("idTypes")
    void rejectsMalformedIdsNamingTheType(String field, Function<String, EntityId> parse, Function<UUID, EntityId> wrap) {
        assertRejected(field, () -> parse.apply("not-a-uuid"));
        assertRejected(field, () -> parse.apply("1-1-1-1-1"));
        assertRejected(field, () -> parse.apply(""));
        assertRejected(field, () -> parse.apply(null));
        assertRejected(field, () -> wrap.apply(null));
    }
}
