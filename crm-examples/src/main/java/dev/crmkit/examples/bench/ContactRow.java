package dev.crmkit.examples.bench;

import java.time.Instant;
import java.util.UUID;

/**
 * One generated contact as plain values (see {@link DealRow}). Absent values are {@code null}.
 *
 * @param id         the contact's id
 * @param firstName  first name
 * @param lastName   last name
 * @param email      the primary email, already lower-case
 * @param title      job title, or null
 * @param leadSource lead source, or null
 * @param owner      owner's user id
 * @param createdAt  creation (and update) moment
 * @param externalId the id in the source system {@value DealRows#SOURCE}
 */
public record ContactRow(UUID id, String firstName, String lastName, String email, String title, String leadSource,
                         String owner, Instant createdAt, String externalId) {
}
