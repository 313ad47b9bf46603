package dev.crmkit.imports;

import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.imports.mapping.IfMissing;
import dev.crmkit.imports.mapping.PipelineSpec;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.PageRequest;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the records rows refer to, inside one batch attempt. Records it has to create (accounts with
 * {@code ifMissing: create}, pipelines from a template) are only noted; {@link #writePending()} stores those
 * that an accepted row uses, in the attempt's transaction, and {@link #commit()} remembers them for the run
 * once that transaction has committed.
 */
final class Resolver {
    private final UnitOfWork uow;
    private final Lookups committed;
    private final ImportContext context;
    private final Instant now;
    private final Map<String, AccountId> pendingAccountKeys = new HashMap<>();
    private final Map<AccountId, Account> pendingAccounts = new LinkedHashMap<>();
    private final Map<String, Pipeline> pendingPipelines = new HashMap<>();
    private final Set<Object> used = new LinkedHashSet<>();
    private boolean pipelinesLoaded;

    Resolver(UnitOfWork uow, Lookups committed, ImportContext context, Instant now) {
        this.uow = uow;
        this.committed = committed;
        this.context = context;
        this.now = now;
    }

    /**
     * The account a reference names.
     *
     * @return empty when it does not exist and the reference says {@code ignore}
     * @throws NotFoundException when it does not exist and the reference says {@code reject}
     */
    Optional<AccountId> account(Reference reference) {
        String key = reference.by().jsonName() + ":" + reference.source() + ":" + reference.value().toLowerCase(Locale.ROOT);
        AccountId known = committed.accounts.get(key);
        if (known == null) {
            known = pendingAccountKeys.get(key);
        }
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Account> found = switch (reference.by()) {
            case EXTERNAL_ID -> uow.accounts().findByExternalId(ExternalId.of(reference.source(), reference.value()));
            case NAME -> accountByName(reference.value());
            case DOMAIN -> firstAccount(AccountQuery.builder().domain(reference.value()).build());
            case EMAIL -> throw new IllegalStateException("the mapping admitted an account look-up by email");
        };
        if (found.isPresent()) {
            committed.accounts.put(key, found.get().id());
            return Optional.of(found.get().id());
        }
        if (reference.ifMissing() == IfMissing.IGNORE) {
            return Optional.empty();
        }
        if (reference.ifMissing() == IfMissing.REJECT) {
            throw new NotFoundException("Account", reference.by().jsonName() + " '" + reference.value() + "' (" + reference.field() + ")");
        }
        AccountId id = context.ids().next(AccountId::new);
        Account.Builder account = Account.builder().id(id).createdAt(now).name(reference.value());
        if (reference.by() == dev.crmkit.imports.mapping.LookupBy.DOMAIN) {
            account.domain(reference.value());
        }
        pendingAccounts.put(id, account.build());
        pendingAccountKeys.put(key, id);
        return Optional.of(id);
    }

    /**
     * The contacts references name; missing ones are left out ({@code ignore}) or reject the row.
     *
     * @throws NotFoundException for a missing contact whose reference says {@code reject}
     */
    List<ContactId> contacts(List<Reference> references) {
        List<ContactId> ids = new ArrayList<>();
        for (Reference reference : references) {
            String key = reference.by().jsonName() + ":" + reference.source() + ":" + reference.value();
            ContactId known = committed.contacts.get(key);
            if (known == null) {
                Optional<Contact> found = switch (reference.by()) {
                    case EMAIL -> uow.contacts().findByPrimaryEmail(EmailAddress.of(reference.value()));
                    case EXTERNAL_ID -> uow.contacts().findByExternalId(ExternalId.of(reference.source(), reference.value()));
                    default -> throw new IllegalStateException("the mapping admitted a contact look-up by " + reference.by());
                };
                if (found.isEmpty()) {
                    if (reference.ifMissing() == IfMissing.REJECT) {
                        throw new NotFoundException("Contact", reference.by().jsonName() + " '" + reference.value() + "' ("
                                + reference.field() + ")");
                    }
                    continue;
                }
                known = found.get().id();
                committed.contacts.put(key, known);
            }
            if (!ids.contains(known)) {
                ids.add(known);
            }
        }
        return ids;
    }

    /**
     * The pipeline of this name (ignoring case), created from the spec's template when missing.
     *
     * @throws NotFoundException when it does not exist and the spec has no template
     */
    Pipeline pipeline(String name, PipelineSpec spec) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (!pipelinesLoaded) {
            for (Pipeline pipeline : uow.pipelines().findAll()) {
                committed.pipelines.putIfAbsent(pipeline.name().strip().toLowerCase(Locale.ROOT), pipeline);
            }
            pipelinesLoaded = true;
        }
        Pipeline known = committed.pipelines.getOrDefault(key, pendingPipelines.get(key));
        if (known != null) {
            return known;
        }
        if (spec.template().isEmpty()) {
            throw new NotFoundException("Pipeline", "'" + name + "' (create it first, or set pipeline.template in the mapping)");
        }
        PipelineId id = context.ids().next(PipelineId::new);
        String displayName = ValidationException.requireText("pipeline", name, 100);
        Pipeline created = spec.template().get().equals("hubspot")
                ? PipelineTemplates.hubspotStyle(id, displayName, now)
                : PipelineTemplates.salesforceStyle(id, displayName, now);
        pendingPipelines.put(key, created);
        return created;
    }

    /** Marks a created record as needed by an accepted row, so {@link #writePending()} stores it. */
    void use(Object id) {
        used.add(id);
    }

    /** Stores the created records that accepted rows use. */
    void writePending() {
        for (Pipeline pipeline : pendingPipelines.values()) {
            if (used.contains(pipeline.id())) {
                uow.pipelines().insert(pipeline);
            }
        }
        List<Account> accounts = pendingAccounts.values().stream().filter(a -> used.contains(a.id())).toList();
        if (!accounts.isEmpty()) {
            uow.accounts().insertAll(accounts);
        }
    }

    /** How many accounts {@link #writePending()} stored. */
    int accountsCreated() {
        return (int) pendingAccounts.keySet().stream().filter(used::contains).count();
    }

    /** After the attempt's transaction committed: remembers what it created. */
    void commit() {
        pendingAccountKeys.forEach((key, id) -> {
            if (used.contains(id)) {
                committed.accounts.put(key, id);
            }
        });
        pendingPipelines.forEach((key, pipeline) -> {
            if (used.contains(pipeline.id())) {
                committed.pipelines.put(key, pipeline);
            }
        });
    }

    private Optional<Account> accountByName(String name) {
        // the oldest account of that name, as the store orders them by creation
        AccountQuery query = AccountQuery.builder().nameIgnoringCase(name).build();
        return uow.accounts().find(query, PageRequest.first(1)).items().stream().findFirst();
    }

    private Optional<Account> firstAccount(AccountQuery query) {
        List<Account> items = uow.accounts().find(query, PageRequest.first(1)).items();
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }
}
