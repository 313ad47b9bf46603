package dev.crmkit.imports;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import java.util.HashMap;
import java.util.Map;

/**
 * What an import run has already found or created in the store (committed), so each account, contact or
 * pipeline is looked up once per run rather than once per row.
 */
final class Lookups {
    final Map<String, AccountId> accounts = new HashMap<>();
    final Map<String, ContactId> contacts = new HashMap<>();
    /** By lower-cased name. */
    final Map<String, Pipeline> pipelines = new HashMap<>();
}
