package dev.crmkit.examples.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One generated deal as plain values: what both the CRMKit path (as a {@code Deal}) and the hand-written JDBC
 * baseline (directly) write, and what the baseline reads back. Absent values are {@code null}.
 *
 * @param id                  the deal's id
 * @param name                its name
 * @param pipeline            its pipeline's id
 * @param stage               its stage key
 * @param createdAt           creation moment (also the stage-entry and update moment)
 * @param amount              the amount at the currency's scale, or null
 * @param currency            the amount's currency code, or null
 * @param expectedClose       the expected close date, or null
 * @param owner               the owner's user id, or null
 * @param probabilityOverride a probability override in percent, or null
 * @param closedAt            the close moment of won and lost deals, else null
 * @param externalId          the id in the source system {@value DealRows#SOURCE}
 */
public record DealRow(UUID id, String name, UUID pipeline, String stage, Instant createdAt, BigDecimal amount,
                      String currency, LocalDate expectedClose, String owner, BigDecimal probabilityOverride,
                      Instant closedAt, String externalId) {
}
