package dev.crmkit.examples.bench;

import java.time.Instant;
import java.util.UUID;

/**
 * One activity as plain values: what the generator makes and what the hand-written timeline query reads.
 *
 * @param id         the activity's id
 * @param type       {@code CALL}, {@code EMAIL}, {@code MEETING} or {@code NOTE}
 * @param subject    the subject
 * @param occurredAt when it happened (its timeline moment)
 * @param outcome    a call's outcome, else null
 * @param contact    the contact it belongs to
 * @param owner      the owner's user id
 * @param createdAt  when it was recorded
 */
public record ActivityRow(UUID id, String type, String subject, Instant occurredAt, String outcome, UUID contact,
                          String owner, Instant createdAt) {
}
