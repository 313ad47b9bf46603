package dev.crmkit.examples.cli;

import dev.crmkit.core.scoring.predictive.Contribution;
import dev.crmkit.core.scoring.predictive.Explanation;
import dev.crmkit.core.scoring.predictive.LeadScoringModel;
import dev.crmkit.core.tabular.CsvReader;
import dev.crmkit.core.tabular.CsvRecord;
import dev.crmkit.imports.CsvCells;
import dev.crmkit.insight.LeadPrediction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm score apply}: scores with a model written by {@code crm score train} and writes CSV. With
 * {@code --csv FILE}: every row of the file, as {@code row}, the {@code --id} column, {@code score} (the
 * probability of a positive outcome) and {@code reasons} (the largest contributions), in file order or, with
 * {@code --top N}, the N best first. With {@code --contacts}: the store's open leads through the façade's
 * {@link dev.crmkit.Scoring#predictLeads} (a model trained with {@code --from-store}), the {@code --top} best
 * first, as {@code contact}, {@code email}, {@code lifecycle_stage}, {@code score} and {@code reasons}.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Score the rows of a CSV file (or the store's open leads) with a trained model; writes CSV.")
final class ScoreApplyCommand extends CrmCommand {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model written by 'crm score train'.")
    Path modelFile;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** What to score: exactly one of the two. */
    static final class Target {
        @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The rows of a CSV file, header row first.")
        Path csv;

        @Option(names = "--contacts", required = true,
                description = "The store's open leads (a model trained with --from-store); default --top 20.")
        boolean contacts;
    }

    @Option(names = "--separator", defaultValue = ",", paramLabel = "CHAR",
            description = "Field separator: one character, or 'tab'. Default: ${DEFAULT-VALUE}")
    String separator;

    @Option(names = "--id", paramLabel = "COLUMN", description = "A column to copy into the output to identify rows.")
    String idColumn;

    @Option(names = "--top", paramLabel = "N", description = "Only the N highest scores, best first.")
    Integer top;

    @Option(names = "--reasons", defaultValue = "3", paramLabel = "K",
            description = "Largest positive and negative contributions listed per row. Default: ${DEFAULT-VALUE}")
    int reasons;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of the standard output.")
    Path outFile;

    /** One scored row. */
    private record Scored(long row, String id, double score, String reasons) {
    }

    @Override
    protected int run() throws IOException {
        ImportCommand.existingFile(spec.commandLine(), modelFile);
        LeadScoringModel model = LeadScoringModel.fromJson(Files.readString(modelFile, StandardCharsets.UTF_8));
        if (top != null && top < 1) {
            throw usage("--top must be at least 1");
        }
        if (target.contacts) {
            if (idColumn != null) {
                throw usage("--id goes with --csv");
            }
            List<LeadPrediction> predictions = session().tenant().scoring().predictLeads(model, top == null ? 20 : top);
            List<String> header = List.of("contact", "email", "lifecycle_stage", "score", "reasons");
            List<List<String>> rows = new ArrayList<>();
            for (LeadPrediction p : predictions) {
                rows.add(List.of(CsvCells.neutralize(p.contact().displayName()),
                        CsvCells.neutralize(p.contact().primaryEmail().map(e -> e.value()).orElse("")),
                        p.contact().lifecycleStage().name(), String.format(Locale.ROOT, "%.4f", p.probability()),
                        CsvCells.neutralize(reasons(p.explanation()))));
            }
            emit(header, rows, model);
            return ExitCodes.OK;
        }
        Path csv = target.csv;
        ImportCommand.existingFile(spec.commandLine(), csv);
        TrainingData format = new TrainingData();
        format.separator = separator;
        List<Scored> scored = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CsvReader rows = CsvReader.open(reader, format.format(spec.commandLine()))) {
            if (idColumn != null && !rows.header().contains(idColumn)) {
                throw usage("--id " + idColumn + " is not a column of " + csv.getFileName());
            }
            for (CsvRecord record : rows) {
                Explanation why = model.explain(record, reasons);
                scored.add(new Scored(record.recordNumber(), idColumn == null ? "" : record.get(idColumn), why.probability(),
                        reasons(why)));
            }
        }
        if (top != null) {
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::row));
            scored = scored.subList(0, Math.min(top, scored.size()));
        }
        List<String> header = new ArrayList<>(List.of("row"));
        if (idColumn != null) {
            header.add(CsvCells.neutralize(idColumn));
        }
        header.addAll(List.of("score", "reasons"));
        List<List<String>> rows = new ArrayList<>();
        for (Scored s : scored) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(s.row())));
            if (idColumn != null) {
                cells.add(CsvCells.neutralize(s.id()));
            }
            cells.add(String.format(Locale.ROOT, "%.4f", s.score()));
            cells.add(CsvCells.neutralize(s.reasons()));
            rows.add(cells);
        }
        emit(header, rows, model);
        return ExitCodes.OK;
    }

    /** Writes the CSV to the output or to {@code --out}. */
    private void emit(List<String> header, List<List<String>> rows, LeadScoringModel model) throws IOException {
        if (outFile == null) {
            write(out(), header, rows);
            return;
        }
        try (Writer file = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8); PrintWriter printer = new PrintWriter(file)) {
            write(printer, header, rows);
        }
        out().println("Scored " + Formats.count(rows.size()) + " rows with " + model.metadata().name() + " v"
                + model.metadata().version() + "; written to " + outFile);
    }

    private static void write(PrintWriter out, List<String> header, List<List<String>> rows) {
        out.print(CsvCells.line(header, ',') + "\r\n");
        for (List<String> cells : rows) {
            out.print(CsvCells.line(cells, ',') + "\r\n");
        }
        out.flush();
    }

    private static String reasons(Explanation why) {
        List<String> parts = new ArrayList<>();
        for (Contribution c : why.positive()) {
            parts.add(part(c));
        }
        for (Contribution c : why.negative()) {
            parts.add(part(c));
        }
        return String.join("; ", parts);
    }

    private static String part(Contribution c) {
        return String.format(Locale.ROOT, "%s %+.2f", c.feature(), c.contribution());
    }
}
