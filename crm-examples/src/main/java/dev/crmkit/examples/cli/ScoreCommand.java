package dev.crmkit.examples.cli;

import picocli.CommandLine.Command;

/**
 * {@code crm score}: lead scoring. Trained scoring (logistic regression) on labelled CSV files: {@code evaluate}
 * by cross-validation, {@code train} a model, {@code apply} it to a CSV file; and rule-based scoring of the
 * contacts in the store with {@code rules}.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        subcommands = {ScoreEvaluateCommand.class, ScoreTrainCommand.class, ScoreApplyCommand.class, ScoreRulesCommand.class},
        description = "Lead scoring: evaluate, train and apply trained models on CSV files; rule-based scores of contacts.")
final class ScoreCommand extends CrmCommand {
    @Override
    protected int run() {
        throw usage("name a scoring command: evaluate, train, apply or rules");
    }
}
