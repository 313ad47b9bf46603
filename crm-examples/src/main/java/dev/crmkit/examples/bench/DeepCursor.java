package dev.crmkit.examples.bench;

import java.util.UUID;

/**
 * Where a deep page starts: CRMKit's opaque cursor of the page before it, and the id of that page's last deal
 * (what the hand-written keyset query continues after).
 *
 * @param cursor  the cursor CRMKit returned for the previous page
 * @param afterId the id of the previous page's last deal
 */
public record DeepCursor(String cursor, UUID afterId) {
}
