package dev.crmkit.examples.cli;

import dev.crmkit.CrmTenant;
import dev.crmkit.core.scoring.ScoringModel;
import dev.crmkit.core.scoring.ScoringModelJson;
import dev.crmkit.core.scoring.ScoringModelTemplates;
import dev.crmkit.insight.LeadPromotion;
import dev.crmkit.insight.PromotionReport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crm score rules}: scores the contacts in the store with a rule-based model (the bundled B2B model, or a
 * JSON model file) and lists the top leads with the rules behind their scores; {@code --apply-thresholds}
 * promotes each contact to the lifecycle stage its score suggests (never demoting).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Score the store's contacts with a rule-based model and list the top leads with explanations.")
final class ScoreRulesCommand extends CrmCommand {
    @Option(names = "--model", paramLabel = "FILE",
            description = "A scoring model JSON file (see docs/scoring-rules.md). Default: the bundled b2b-default model.")
    Path modelFile;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many leads to list. Default: ${DEFAULT-VALUE}")
    int top;

    @Option(names = "--reasons", defaultValue = "4", paramLabel = "K", description = "Rules listed per lead. Default: ${DEFAULT-VALUE}")
    int reasons;

    @Option(names = "--all", description = "Score every contact, not only leads (subscriber to sales qualified).")
    boolean everyone;

    @Option(names = "--apply-thresholds",
            description = "Promote contacts to the lifecycle stage their score suggests (promotes only, never demotes).")
    boolean applyThresholds;

    @Override
    protected int run() {
        ScoringModel model = model();
        CrmTenant tenant = session().tenant();
        LeadRanking.Ranking ranking = LeadRanking.rank(tenant, model, everyone, top);
        out().println("Scored " + Formats.count(ranking.scored()) + (everyone ? " contacts" : " leads") + " with " + model.name()
                + " v" + model.version() + " at " + Formats.minute(clock().instant()) + " UTC");
        LeadRanking.print(out(), ranking.best(), top, reasons);
        if (applyThresholds) {
            PromotionReport report = tenant.scoring().applyThresholds(model);
            Map<String, Integer> promoted = new TreeMap<>();
            for (LeadPromotion promotion : report.promotions()) {
                promoted.merge(LeadRanking.label(promotion.from()) + " -> " + LeadRanking.label(promotion.to()), 1, Integer::sum);
            }
            out().println();
            out().println("Applied thresholds to " + Formats.count(report.scored()) + " contacts: "
                    + Formats.count(report.promotions().size()) + " promoted" + (promoted.isEmpty() ? "" : " ("
                    + String.join(", ", promoted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + ")")
                    + "; promotions only, nobody is demoted");
        }
        return ExitCodes.OK;
    }

    private ScoringModel model() {
        if (modelFile == null) {
            return ScoringModelTemplates.b2bDefault();
        }
        ImportCommand.existingFile(spec.commandLine(), modelFile);
        try (Reader json = Files.newBufferedReader(modelFile, StandardCharsets.UTF_8)) {
            return ScoringModelJson.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelFile + ": " + e.getMessage(), e);
        }
    }
}
