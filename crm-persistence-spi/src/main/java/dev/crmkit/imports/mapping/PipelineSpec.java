package dev.crmkit.imports.mapping;

import dev.crmkit.core.error.ValidationException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which pipeline deals go into: {@code {"column": "Pipeline", "name": "Sales", "template": "hubspot"}}.
 * Pipelines are found by name, ignoring case. The cell of {@code column} names the pipeline; {@code name} is
 * used when there is no column or its cell is empty. A pipeline that does not exist is created from
 * {@code template} ({@code "salesforce"} or {@code "hubspot"}, see {@code PipelineTemplates}) when one is given;
 * otherwise the row is rejected.
 *
 * @param name         the pipeline name, or the default when {@code column} is empty
 * @param column       the column naming the pipeline per row
 * @param template     the template to create missing pipelines from
 * @param initialStage the stage a historical deal (one with createdAt before closedAt) is created in before it
 *                     moves to its closed stage (default: the pipeline's first open stage)
 */
public record PipelineSpec(Optional<String> name, Optional<String> column, Optional<String> template,
                           Optional<String> initialStage) {
    /** Validates. @throws ValidationException when neither name nor column is given, or the template is unknown */
    public PipelineSpec {
        name = name == null ? Optional.empty() : name;
        column = column == null ? Optional.empty() : column;
        template = template == null ? Optional.empty() : template.map(t -> t.toLowerCase(Locale.ROOT));
        initialStage = initialStage == null ? Optional.empty() : initialStage;
        ValidationException.check(name.isPresent() || column.isPresent(), "name", null, "a pipeline needs a name or a column");
        name.ifPresent(n -> ValidationException.requireText("name", n, 100));
        template.ifPresent(t -> ValidationException.check(t.equals("salesforce") || t.equals("hubspot"), "template", t,
                "must be \"salesforce\" or \"hubspot\""));
    }
}
