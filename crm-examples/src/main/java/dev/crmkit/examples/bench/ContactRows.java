package dev.crmkit.examples.bench;

import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.ExternalId;
import dev.crmkit.core.model.shared.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Deterministic contacts, one function of the row index like {@link DealRows}: unique emails
 * ({@code first.last<i>@company<n>.example}), half with a title, lead sources from a short list, 40 owners.
 * Every contact is new (no phones, account links or custom properties), so an upsert of them only inserts.
 */
public final class ContactRows {
    private static final String[] FIRST = {"Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald", "Frances", "John",
        "Margaret", "Ken", "Radia", "Niklaus", "Karen", "Tony", "Shafi", "Leslie"};
    private static final String[] TITLES = {"CTO", "VP Engineering", "Head of Sales", "Director of IT", "Developer"};
    private static final String[] SOURCES = {"Web", "Referral", "Partner", "Event", "Google"};

    private final long seed;

    /** Rows of this seed. */
    public ContactRows(long seed) {
        this.seed = seed;
    }

    /** Row {@code index} with the given id. */
    public ContactRow row(long index, UUID id) {
        long h = Mix.hash(seed, index);
        String first = FIRST[(int) (h & 0xF)];
        String last = "Tester" + index;
        String email = first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT) + "@company"
                + Long.remainderUnsigned(h >>> 4, 5000) + ".example";
        String title = ((h >>> 20) & 1) == 0 ? TITLES[(int) Long.remainderUnsigned(h >>> 21, TITLES.length)] : null;
        String source = SOURCES[(int) Long.remainderUnsigned(h >>> 30, SOURCES.length)];
        String owner = "user-" + Long.remainderUnsigned(h >>> 40, DealRows.OWNERS);
        return new ContactRow(id, first, last, email, title, source, owner, BenchPipelines.EPOCH.plusSeconds(index),
                "C" + index);
    }

    /** Rows {@code from} to {@code from + count} with ids from {@code ids}. */
    public List<ContactRow> rows(long from, int count, IdSequence ids) {
        List<ContactRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(from + i, ids.next()));
        }
        return rows;
    }

    /** The row as a new CRMKit contact (version 0) with its external id. */
    public static Contact toContact(ContactRow row) {
        return Contact.builder().id(new ContactId(row.id())).firstName(row.firstName()).lastName(row.lastName())
                .primaryEmail(EmailAddress.of(row.email())).title(Optional.ofNullable(row.title()))
                .leadSource(row.leadSource()).owner(UserId.of(row.owner())).createdAt(row.createdAt())
                .addExternalIds(ExternalId.of(DealRows.SOURCE, row.externalId())).build();
    }

    /** The rows as CRMKit contacts. */
    public static List<Contact> toContacts(List<ContactRow> rows) {
        List<Contact> contacts = new ArrayList<>(rows.size());
        for (ContactRow row : rows) {
            contacts.add(toContact(row));
        }
        return contacts;
    }
}
