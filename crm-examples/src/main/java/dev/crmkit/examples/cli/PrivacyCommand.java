package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.privacy.ErasureReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm privacy}: data-subject requests for one contact: {@code export} (everything about the person as
 * JSON) and {@code erase} (delete the contact and scrub the person from deals and activities).
 */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "Export everything about a contact as JSON, or erase the contact (right to be forgotten).")
final class PrivacyCommand extends CrmCommand {
    @Override
    protected int run() {
        throw usage("name a request: export or erase");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the contact, its accounts, deals, stage history, activities and mentions as JSON.")
    int export(@Option(names = "--contact", required = true, paramLabel = "EMAIL", description = "The contact's email address.")
               String email,
               @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of the standard output.")
               Path outFile) throws Exception {
        return guarded(() -> {
            CrmTenant tenant = session().tenant();
            Contact contact = Contacts.byEmail(tenant, email);
            String json = tenant.privacy().exportJson(contact.id());
            if (outFile == null) {
                out().println(json);
            } else {
                try {
                    Files.writeString(outFile, json + System.lineSeparator(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + outFile + ": " + e.getMessage(), e);
                }
                out().println("Exported the personal data of " + contact.displayName() + " to " + outFile);
            }
            return ExitCodes.OK;
        });
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Delete the contact and scrub its name, emails and phones from deals and activities.")
    int erase(@Option(names = "--contact", required = true, paramLabel = "EMAIL", description = "The contact's email address.")
              String email) throws Exception {
        return guarded(() -> {
            CrmTenant tenant = session().tenant();
            Contact contact = Contacts.byEmail(tenant, email);
            ErasureReport report = tenant.privacy().erase(contact.id());
            out().println("Erased contact " + report.contact().value() + ": deleted the contact, scrubbed "
                    + report.dealsChanged().size() + " deal(s) and " + report.activitiesScrubbed().size()
                    + " activit" + (report.activitiesScrubbed().size() == 1 ? "y" : "ies") + ", deleted "
                    + report.activitiesDeleted().size() + " activit" + (report.activitiesDeleted().size() == 1 ? "y" : "ies")
                    + " linked only to the contact.");
            return ExitCodes.OK;
        });
    }
}
