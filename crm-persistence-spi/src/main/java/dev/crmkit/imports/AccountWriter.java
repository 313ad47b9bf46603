package dev.crmkit.imports;

import dev.crmkit.core.error.CrmException;
import dev.crmkit.core.error.NotFoundException;
import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.imports.mapping.LookupBy;
import dev.crmkit.spi.UpsertResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores a batch of account rows. A parent may be another row of the same batch (found by external id, name or
 * domain before the store is asked), so a file can list subsidiaries before their parents; parents are stored
 * before their subsidiaries.
 */
final class AccountWriter {
    private AccountWriter() {
    }

    static void write(AttemptScope scope, List<PendingRow> rows) {
        String source = scope.mapping.externalId().source();
        List<AccountId> ids = new ArrayList<>(rows.size());
        List<Optional<Account>> existing = new ArrayList<>(rows.size());
        Map<String, Integer> inBatch = new HashMap<>();
        Map<String, Account> storedById = StoredRecords.byExternalId(scope.uow.accounts(), source, rows);
        for (int i = 0; i < rows.size(); i++) {
            AccountDraft draft = (AccountDraft) rows.get(i).draft();
            Optional<Account> stored = Optional.ofNullable(storedById.get(draft.externalId().id()));
            existing.add(stored);
            ids.add(stored.map(Account::id).orElseGet(() -> scope.context.ids().next(AccountId::new)));
            inBatch.putIfAbsent(key(LookupBy.EXTERNAL_ID, source, draft.externalId().id()), i);
            inBatch.putIfAbsent(key(LookupBy.NAME, source, draft.name()), i);
            if (draft.domain().isPresent()) {
                inBatch.putIfAbsent(key(LookupBy.DOMAIN, source, draft.domain().get()), i);
            }
        }

        Map<Integer, Account> accepted = new LinkedHashMap<>();
        Map<Integer, Integer> parentRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PendingRow row = rows.get(i);
            AccountDraft draft = (AccountDraft) row.draft();
            try {
                Optional<AccountId> parent = Optional.empty();
                Optional<Integer> parentIndex = Optional.empty();
                if (draft.parent().isPresent()) {
                    Reference reference = draft.parent().get();
                    Integer index = inBatch.get(key(reference.by(), reference.source(), reference.value()));
                    if (index != null) {
                        ValidationException.check(index != i, "parent", reference.value(), "an account cannot be its own parent");
                        parentIndex = Optional.of(index);
                        parent = Optional.of(ids.get(index));
                    } else {
                        parent = scope.resolver.account(reference);
                    }
                }
                Account account = Assembly.account(draft, existing.get(i), ids.get(i), scope.now, parent);
                scope.properties.accept(draft.properties());
                parent.ifPresent(scope.resolver::use);
                if (parentIndex.isPresent()) {
                    parentRow.put(i, parentIndex.get());
                }
                accepted.put(i, account);
            } catch (CrmException e) {
                scope.reject(row, e);
            }
        }
        rejectOrphans(scope, rows, accepted, parentRow);
        scope.writeDependencies();
        List<Account> ordered = parentsFirst(accepted, parentRow);
        if (!ordered.isEmpty()) {
            UpsertResult<Account> result = scope.uow.accounts().upsertAllByExternalId(source, ordered);
            scope.inserted += result.inserted().size();
            scope.updated += result.updated().size();
        }
    }

    /** Rows whose in-batch parent was rejected are rejected too (repeatedly, down the chain). */
    private static void rejectOrphans(AttemptScope scope, List<PendingRow> rows, Map<Integer, Account> accepted,
                                      Map<Integer, Integer> parentRow) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<Integer, Integer> edge : Map.copyOf(parentRow).entrySet()) {
                if (accepted.containsKey(edge.getKey()) && !accepted.containsKey(edge.getValue())) {
                    PendingRow orphan = rows.get(edge.getKey());
                    AccountDraft draft = (AccountDraft) orphan.draft();
                    scope.reject(orphan, new NotFoundException("Account", "parent '" + draft.parent().orElseThrow().value()
                            + "' (its row " + rows.get(edge.getValue()).rowNumber() + " was rejected)"));
                    accepted.remove(edge.getKey());
                    parentRow.remove(edge.getKey());
                    changed = true;
                }
            }
        }
    }

    private static List<Account> parentsFirst(Map<Integer, Account> accepted, Map<Integer, Integer> parentRow) {
        List<Account> ordered = new ArrayList<>(accepted.size());
        Set<Integer> placed = new HashSet<>();
        for (Integer index : accepted.keySet()) {
            place(index, accepted, parentRow, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void place(Integer index, Map<Integer, Account> accepted, Map<Integer, Integer> parentRow,
                              Set<Integer> placed, List<Account> ordered, Set<Integer> visiting) {
        if (placed.contains(index) || !visiting.add(index)) {
            return;
        }
        Integer parent = parentRow.get(index);
        if (parent != null && accepted.containsKey(parent)) {
            place(parent, accepted, parentRow, placed, ordered, visiting);
        }
        placed.add(index);
        ordered.add(accepted.get(index));
    }

    private static String key(LookupBy by, String source, String value) {
        return by.jsonName() + ":" + (by == LookupBy.EXTERNAL_ID ? source + ":" + value : value.toLowerCase(Locale.ROOT));
    }
}
