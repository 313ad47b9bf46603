package dev.crmkit.core.forecast;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.shared.PipelineId;

/**
 * A stage of a particular pipeline (stage keys are only unique within their pipeline).
 *
 * @param pipeline the pipeline
 * @param stage    the stage key
 */
public record StageRef(PipelineId pipeline, String stage) {
    public StageRef {
        ValidationException.check(pipeline != null, "pipeline", null, "is required");
        ValidationException.check(stage != null && !stage.isBlank(), "stage", stage, "is required");
    }

    @Override
    public String toString() {
        return pipeline + "/" + stage;
    }
}
