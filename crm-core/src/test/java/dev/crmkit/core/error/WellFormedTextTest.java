package dev.crmkit.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.activity.ActivityType;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ActivityId;
import dev.crmkit.core.model.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Text with an unpaired surrogate is rejected where it enters the model, never stored altered. */
class WellFormedTextTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void pairedSurrogatesAreTextAndLoneOnesAreNot() {
        assertThat(ValidationException.requireText("name", " Smile \ud83d\ude00 ", 100)).isEqualTo("Smile \ud83d\ude00");

        for (String broken : new String[] {"\ud800", "a\udc00b", "\ude00\ud83d", "end\ud83d"}) {
            assertThatThrownBy(() -> ValidationException.requireText("name", broken, 100))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("unpaired UTF-16 surrogate")
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("name"));
        }
    }

    @Test
    void namesBodiesAndUserKeysRefuseLoneSurrogates() {
        assertThatThrownBy(() -> Account.builder().id(new AccountId(new UUID(1, 1))).name("Acme \ud800").createdAt(T0)
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> Activity.builder().id(new ActivityId(new UUID(1, 2))).type(ActivityType.NOTE)
                .subject("Call").body("notes \udc00").occurredAt(T0).createdAt(T0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("body");
        assertThatThrownBy(() -> UserId.of("ann\ud800")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("userId");
    }
}
