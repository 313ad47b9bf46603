package dev.crmkit.core.rules;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoveRequestTest {

    @Test
    void trimsAndValidates() {
        assertThat(MoveRequest.to(" won ").targetStage()).isEqualTo("won");
        assertThat(MoveRequest.to("won").lostReason()).isEmpty();
        assertThat(MoveRequest.lost("lost", " Price ").lostReason()).contains("Price");
        assertThat(new MoveRequest("lost", null).lostReason()).isEmpty();
        assertRejected("stage", () -> MoveRequest.to(" "));
        assertRejected("stage", () -> MoveRequest.to(null));
        assertRejected("lostReason", () -> MoveRequest.lost("lost", " "));
        assertRejected("lostReason", () -> new MoveRequest("lost", Optional.of("r".repeat(501))));
    }
}
