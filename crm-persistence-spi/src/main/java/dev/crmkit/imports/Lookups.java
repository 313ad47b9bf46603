package dev.crmkit.imports;

import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import java.util.HashMap;
import java.util.Map;

/**
 * What an import run has already found or created in the store (committed), so an account or contact that many
 * rows name is looked up once rather than once per row. Accounts and contacts are kept for the
 * {@value #RECENT} most recently used references only, so memory does not grow with the file; pipelines are
 * few and kept for the whole run.
 */
final class Lookups {
    /** References kept per kind; a file's rows usually name the same records close together. */
    static final int RECENT = 20_000;

    final Map<String, AccountId> accounts = new RecentlyUsed<>(RECENT);
    final Map<String, ContactId> contacts = new RecentlyUsed<>(RECENT);
    /** By lower-cased name. */
    final Map<String, Pipeline> pipelines = new HashMap<>();
}
