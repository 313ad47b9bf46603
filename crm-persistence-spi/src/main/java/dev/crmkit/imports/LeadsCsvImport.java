package dev.crmkit.imports;

import dev.crmkit.imports.mapping.ImportMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Imports the X Education "Lead Scoring" export ({@code Leads.csv}: one lead per row, 37 columns) as contacts,
 * with the shipped mapping {@code x-education-leads}:
 * <ul>
 *   <li>external id: {@code Prospect ID} (source {@code x-education}), so a second run updates;</li>
 *   <li>the data is anonymous, so each contact is named "Lead" + the {@code Lead Number};</li>
 *   <li>{@code Lead Source} is the lead source; {@code Do Not Email} / {@code Do Not Call} ("Yes"/"No") are the
 *       consent flags; {@code Converted} = 1 makes the lifecycle stage CUSTOMER, otherwise LEAD, and is also kept
 *       as the boolean property {@code converted};</li>
 *   <li>every other column is a custom property whose key is the header in snake_case
 *       ({@link PropertyKeys#snakeCase}): numbers for the visit and score columns, booleans for the Yes/No
 *       columns, enumerations for the rest; definitions are created on the fly, enumeration options as
 *       they appear;</li>
 *   <li>{@code "Select"} (the web form's untouched default) is read as empty everywhere.</li>
 * </ul>
 */
public final class LeadsCsvImport implements Importer {
    /** The shipped mapping this import uses. */
    public static final String MAPPING = "x-education-leads";

    private final ImportContext context;
    private final ImportListener listener;
    private final RejectSink rejects;

    /**
     * An import.
     *
     * @param context  where to write
     * @param listener progress callbacks
     * @param rejects  where rejected rows go
     */
    public LeadsCsvImport(ImportContext context, ImportListener listener, RejectSink rejects) {
        this.context = Objects.requireNonNull(context, "context");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
    }

    /** The mapping, for callers that want to inspect or adapt it. */
    public static ImportMapping mapping() {
        return ImportMapping.builtIn(MAPPING);
    }

    /** Imports the rows; see {@link CsvImport} for batches, rejects and errors. */
    @Override
    public ImportSummary run(ImportInput input) {
        return CsvImport.builder(context).mapping(mapping()).listener(listener).rejects(rejects).build().run(input);
    }

    /** Imports a {@code Leads.csv} file (UTF-8). */
    public ImportSummary run(Path file) {
        return run(ImportInput.ofFile(file, StandardCharsets.UTF_8));
    }
}
