package dev.crmkit.jdbc.robustness;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.activity.Activity;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.model.shared.PropertyValue;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UserId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.tck.TckData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The records of {@link HostileQueryContract}: for every text of {@link HostileText#everything()} an account, a
 * contact, a deal and an activity whose names, owners, stage, emails, external ids and property values are that
 * text (where the model accepts it), so every query input has stored rows that match it literally and decoys
 * that would match it if it were interpreted. Ids and moments are fixed, so both stores hold equal records.
 *
 * @param pipeline    the one pipeline of the deals
 * @param accounts    the accounts, one per text
 * @param contacts    the contacts, one per text
 * @param deals       the deals, one per text; every fourth has the text as its stage key
 * @param activities  notes whose subject and body hold the text
 * @param history     one stage history entry per deal
 * @param definitions a property definition per object type (keys are identifiers, so none is hostile)
 * @param sources     the external-id source of each text: its payload, so upserts run per hostile source
 */
record HostileData(Pipeline pipeline, List<Account> accounts, List<Contact> contacts, List<Deal> deals,
                   List<Activity> activities, List<StageChange> history, List<PropertyDefinition> definitions,
                   Map<String, String> sources) {
    /** The domain of every seeded email address. */
    static final String EMAIL_DOMAIN = "@hostile.example";
    /** The characters an email's local part may have ({@link EmailAddress}'s own rule). */
    private static final Pattern NOT_LOCAL = Pattern.compile("[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]");

    /** The records for every text of the corpus. */
    static HostileData build() {
        TckData data = new TckData(20_250_401L);
        Pipeline pipeline = data.pipeline("Hostile pipeline");
        List<String> stages = pipeline.stages().stream().map(Stage::key).toList();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String payload : HostileText.PAYLOADS) {
            String source = sourceOf(payload);
            sources.putIfAbsent(payload, source);
            HostileText.decoys(payload).forEach(decoy -> sources.putIfAbsent(decoy, source));
        }
        List<Account> accounts = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        List<StageChange> history = new ArrayList<>();
        Set<String> emailKeys = new HashSet<>();
        int i = 0;
        for (Map.Entry<String, String> entry : sources.entrySet()) {
            String text = entry.getKey();
            ExternalId externalId = ExternalId.of(entry.getValue(), HostileText.clip(text, 255));
            Optional<UserId> owner = valid(() -> UserId.of(text));
            int n = i++;
            valid(() -> data.accountBuilder(text).owner(owner).addExternalIds(externalId)
                    .putProperties("note", PropertyValue.text(text)).build()).ifPresent(accounts::add);
            valid(() -> contact(data, text, n).owner(owner).primaryEmail(email(text, emailKeys))
                    .addExternalIds(externalId).putProperties("note", PropertyValue.text(text)).build())
                    .ifPresent(contacts::add);
            Optional<Deal> deal = valid(() -> deal(data, pipeline, stages, text, n).owner(owner)
                    .addExternalIds(externalId).build());
            deal.ifPresent(deals::add);
            deal.ifPresent(d -> history.add(data.stageChange(d, null, d.stage(), TckData.at(n), 10)));
            if (!accounts.isEmpty()) {
                Account on = accounts.get(n % accounts.size());
                valid(() -> data.noteBuilder(text, TckData.at(1_000_000L * (n / 3))).body("body: " + text + " :end")
                        .account(on.id()).owner(owner).addExternalIds(externalId).build()).ifPresent(activities::add);
            }
        }
        List<PropertyDefinition> definitions = new ArrayList<>();
        for (ObjectType type : ObjectType.values()) {
            definitions.add(data.propertyDefinition(type, "note", PropertyType.STRING));
        }
        return new HostileData(pipeline, List.copyOf(accounts), List.copyOf(contacts), List.copyOf(deals),
                List.copyOf(activities), List.copyOf(history), List.copyOf(definitions), Map.copyOf(sources));
    }

    /**
     * Stores every record in {@code tenant}: accounts, contacts, deals and activities upserted per source (each
     * upsert matches the hostile source and ids, then inserts), or, where {@code bySource} is false, inserted
     * in one batch per kind (faster, for a tenant that only has to be there).
     */
    void seed(CrmStore store, TenantId tenant, boolean bySource) {
        store.run(tenant, uow -> {
            uow.pipelines().insert(pipeline);
            definitions.forEach(uow.propertyDefinitions()::insert);
            if (bySource) {
                bySource(accounts, Account::externalIds).forEach(uow.accounts()::upsertAllByExternalId);
                bySource(contacts, Contact::externalIds).forEach(uow.contacts()::upsertAllByExternalId);
                bySource(deals, Deal::externalIds).forEach(uow.deals()::upsertAllByExternalId);
                bySource(activities, Activity::externalIds).forEach(uow.activities()::upsertAllByExternalId);
            } else {
                uow.accounts().insertAll(accounts);
                uow.contacts().insertAll(contacts);
                uow.deals().insertAll(deals);
                uow.activities().insertAll(activities);
            }
            uow.stageHistory().appendAll(history);
        });
    }

    /** The external-id source of the records of {@code payload}: the payload itself, as far as a source can be. */
    static String sourceOf(String payload) {
        String source = HostileText.clip(payload.strip(), 64);
        return source.isEmpty() ? "blank" : source;
    }

    /** The address whose local part is the text's characters an address may hold, when they make one. */
    static Optional<EmailAddress> emailOf(String text) {
        String local = HostileText.clip(NOT_LOCAL.matcher(text).replaceAll(""), 64);
        return valid(() -> EmailAddress.of(local + EMAIL_DOMAIN));
    }

    /** Records grouped by the source of their one external id, in first-seen order. */
    static <T> Map<String, List<T>> bySource(List<T> records, Function<T, Set<ExternalId>> ids) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T record : records) {
            groups.computeIfAbsent(ids.apply(record).iterator().next().source(), k -> new ArrayList<>()).add(record);
        }
        return groups;
    }

    private static Optional<EmailAddress> email(String text, Set<String> taken) {
        return emailOf(text).filter(e -> taken.add(e.matchKey()));
    }

    /** The text as first name, as last name, or split into both at its first inner space, in turn. */
    private static Contact.Builder contact(TckData data, String text, int n) {
        String name = HostileText.clip(text, 100);
        int space = text.indexOf(' ', 1);
        return switch (n % 3) {
            case 0 -> data.contactBuilder(name, null);
            case 1 -> data.contactBuilder(null, name);
            default -> space > 0 && space < text.length() - 1
                    ? data.contactBuilder(HostileText.clip(text.substring(0, space), 100),
                            HostileText.clip(text.substring(space + 1), 100))
                    : data.contactBuilder(name, "Plain");
        };
    }

    /**
     * A deal named after the text; every fourth has the text itself as its stage key (a stage its pipeline does
     * not know, which stores keep as they keep any stage), the others cycle through the pipeline's stages, closed
     * ones with a closing moment. Amounts in two currencies; every fifth has no close date.
     */
    private static Deal.Builder deal(TckData data, Pipeline pipeline, List<String> stages, String text, int n) {
        String stage = n % 4 == 0 ? HostileText.clip(text, 64) : stages.get(n % stages.size());
        Deal.Builder deal = data.dealBuilder(pipeline, text).stage(stage)
                .amount(Money.of(n + "0.50", n % 2 == 0 ? "USD" : "EUR"));
        if (n % 5 != 0) {
            deal.expectedCloseDate(LocalDate.of(2025, 1, 1).plusDays(7L * n));
        }
        if (stage.startsWith("closed-")) {
            deal.closedAt(TckData.NOW);
        }
        return deal;
    }

    /** The value, or empty when the model rejects it (the text breaks one of the entity's own rules). */
    static <T> Optional<T> valid(Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
