package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.account.Account;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.merge.AccountMergePlan;
import dev.crmkit.merge.ContactMergePlan;
import dev.crmkit.merge.DuplicateGroup;
import dev.crmkit.merge.FieldFill;
import dev.crmkit.merge.MatchReason;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/**
 * {@code crm dedupe}: finds duplicate contacts (shared email or phone, same name at the same account) and
 * accounts (same web domain) and shows each merge plan ({@code --dry-run}) or carries the merges out
 * ({@code --apply}): the oldest record survives and takes over the others' missing values, deals and
 * activities.
 */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = "Find duplicate contacts and accounts; show the merge plans (--dry-run) or merge them (--apply).")
final class DedupeCommand extends CrmCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    /** Exactly one of the two modes. */
    static final class Mode {
        @picocli.CommandLine.Option(names = "--dry-run", required = true, description = "Show what would be merged; change nothing.")
        boolean dryRun;

        @picocli.CommandLine.Option(names = "--apply", required = true, description = "Merge every duplicate group.")
        boolean apply;
    }

    @Override
    protected int run() {
        CrmTenant tenant = session().tenant();
        List<DuplicateGroup<ContactId>> contactGroups = tenant.duplicates().findDuplicateContacts();
        List<DuplicateGroup<AccountId>> accountGroups = tenant.duplicates().findDuplicateAccounts();
        String verb = mode.apply ? "Merged" : "Would merge";
        out().println("Duplicate contacts: " + contactGroups.size() + " group(s)");
        int contactsMerged = 0;
        for (DuplicateGroup<ContactId> group : contactGroups) {
            ContactMergePlan plan = tenant.duplicates().planContactMerge(group);
            List<Contact> members = tenant.contacts().getAll(group.members());
            Contact survivor = members.stream().filter(c -> c.id().equals(group.suggestedSurvivor())).findFirst().orElseThrow();
            out().println("  " + verb + " into " + describe(survivor) + " (" + reasons(group) + "):");
            for (ContactId merged : group.others()) {
                members.stream().filter(c -> c.id().equals(merged)).findFirst()
                        .ifPresent(c -> out().println("    - " + describe(c)));
            }
            out().println("    fills " + fills(plan.filledFields()) + "; moves " + plan.deals().size() + " deal(s), "
                    + plan.activities().size() + " activit" + (plan.activities().size() == 1 ? "y" : "ies")
                    + ", adds " + plan.accountLinksAdded().size() + " account link(s)");
            if (mode.apply) {
                tenant.duplicates().mergeContacts(plan);
                contactsMerged += group.others().size();
            }
        }
        out().println("Duplicate accounts: " + accountGroups.size() + " group(s)");
        int accountsMerged = 0;
        for (DuplicateGroup<AccountId> group : accountGroups) {
            AccountMergePlan plan = tenant.duplicates().planAccountMerge(group);
            List<Account> members = tenant.accounts().getAll(group.members());
            Account survivor = members.stream().filter(a -> a.id().equals(group.suggestedSurvivor())).findFirst().orElseThrow();
            out().println("  " + verb + " into " + describe(survivor) + " (" + reasons(group) + "):");
            for (AccountId merged : group.others()) {
                members.stream().filter(a -> a.id().equals(merged)).findFirst()
                        .ifPresent(a -> out().println("    - " + describe(a)));
            }
            out().println("    fills " + fills(plan.filledFields()) + "; moves " + plan.deals().size() + " deal(s), "
                    + plan.contacts().size() + " contact(s), " + plan.activities().size() + " activit"
                    + (plan.activities().size() == 1 ? "y" : "ies") + ", " + plan.subsidiaries().size() + " subsidiar"
                    + (plan.subsidiaries().size() == 1 ? "y" : "ies"));
            if (mode.apply) {
                tenant.duplicates().mergeAccounts(plan);
                accountsMerged += group.others().size();
            }
        }
        if (mode.apply) {
            out().println("Merged " + contactsMerged + " contact(s) and " + accountsMerged + " account(s).");
        } else if (!contactGroups.isEmpty() || !accountGroups.isEmpty()) {
            out().println("Dry run: nothing changed. Run 'crm dedupe --apply' to merge.");
        }
        return ExitCodes.OK;
    }

    private static String describe(Contact contact) {
        return contact.displayName() + contact.primaryEmail().map(e -> " <" + e.value() + ">").orElse("")
                + " created " + Formats.date(contact.createdAt());
    }

    private static String describe(Account account) {
        return account.name() + account.domain().map(d -> " (" + d + ")").orElse("") + " created " + Formats.date(account.createdAt());
    }

    private static String reasons(DuplicateGroup<?> group) {
        return "same " + group.reasons().stream().sorted().map(DedupeCommand::reason).collect(Collectors.joining(", "));
    }

    private static String reason(MatchReason reason) {
        return switch (reason) {
            case EMAIL -> "email";
            case PHONE -> "phone";
            case NAME_AT_ACCOUNT -> "name at the same account";
            case DOMAIN -> "domain";
        };
    }

    private static String fills(List<FieldFill> fills) {
        return fills.isEmpty() ? "no fields" : fills.stream().map(FieldFill::field).distinct().collect(Collectors.joining(", "));
    }
}
