package dev.crmkit.imports;

/** Something that imports one input: {@link CsvImport}, {@link LeadsCsvImport}. */
@FunctionalInterface
public interface Importer {

    /**
     * Imports every row of the input; see {@link CsvImport} for the batch and error semantics.
     *
     * @return what was done
     * @throws ImportAbortedException when the file cannot be read on (its summary tells what was stored)
     */
    ImportSummary run(ImportInput input);
}
