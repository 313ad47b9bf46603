package dev.crmkit.core.model.shared;

import static dev.crmkit.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TenantId, UserId and ExternalId. */
class SmallValuesTest {

    @Test
    void tenantIds() {
        assertThat(TenantId.of("acme-1.eu_west").value()).isEqualTo("acme-1.eu_west");
        assertThat(TenantId.DEFAULT).hasToString("default");
        assertRejected("tenantId", () -> TenantId.of(""));
        assertRejected("tenantId", () -> TenantId.of("acme corp"));
        assertRejected("tenantId", () -> TenantId.of("ä"));
        assertRejected("tenantId", () -> TenantId.of("a".repeat(65)));
        assertRejected("tenantId", () -> TenantId.of(null));
    }

    @Test
    void userIds() {
        assertThat(UserId.of("jane@example.com")).hasToString("jane@example.com");
        assertRejected("userId", () -> UserId.of(" "));
        assertRejected("userId", () -> UserId.of("jane\nsmith"));
        assertRejected("userId", () -> UserId.of("u".repeat(129)));
        assertRejected("userId", () -> UserId.of(null));
    }

    @Test
    void externalIds() {
        ExternalId id = ExternalId.of(" hubspot ", " 1234 ");
        assertThat(id.source()).isEqualTo("hubspot");
        assertThat(id.id()).isEqualTo("1234");
        assertThat(id).hasToString("hubspot:1234");
        assertRejected("externalId.source", () -> ExternalId.of("", "1"));
        assertRejected("externalId.source", () -> ExternalId.of("s".repeat(65), "1"));
        assertRejected("externalId.id", () -> ExternalId.of("hubspot", " "));
        assertRejected("externalId.id", () -> ExternalId.of("hubspot", "1".repeat(256)));
        assertRejected("externalId.id", () -> ExternalId.of("hubspot", null));
    }
}
