package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;

/**
 * What a fitted model is and how it was trained.
 *
 * @param name              the caller's name for the model, e.g. {@code inbound-leads}
 * @param version           the caller's version number of the model under that name, at least 1
 * @param trainingRows      the number of training records
 * @param trainingPositives how many of them were positive
 * @param settings          the solver settings used
 * @param iterations        the Newton steps taken
 * @param converged         whether the gradient test passed (false means {@code maxIterations} was hit)
 */
public record ModelMetadata(String name, int version, int trainingRows, int trainingPositives,
                            LogisticRegressionSettings settings, int iterations, boolean converged) {

    /**
     * Creates the value, checking its invariants.
     *
     * @param name              the caller's name for the model, e.g. {@code inbound-leads}
     * @param version           the caller's version number of the model under that name, at least 1
     * @param trainingRows      the number of training records
     * @param trainingPositives how many of them were positive
     * @param settings          the solver settings used
     * @param iterations        the Newton steps taken
     * @param converged         whether the gradient test passed (false means {@code maxIterations} was hit)
     * @throws ValidationException when the name is blank, the version is below 1, or the counts are inconsistent
     */
    public ModelMetadata {
        ValidationException.check(name != null && !name.isBlank(), "name", name, "must not be blank");
        ValidationException.check(version >= 1, "version", version, "must be at least 1");
        ValidationException.check(trainingRows > 0, "trainingRows", trainingRows, "must be positive");
        ValidationException.check(trainingPositives > 0 && trainingPositives < trainingRows, "trainingPositives",
                trainingPositives, "must be between 1 and trainingRows - 1");
        ValidationException.check(settings != null, "settings", null, "is required");
        ValidationException.check(iterations >= 0, "iterations", iterations, "must not be negative");
    }

    /**
     * This metadata under another name and version.
     *
     * @param newName    the name
     * @param newVersion the version
     * @return new metadata
     * @throws ValidationException when the name is blank or the version is below 1
     */
    public ModelMetadata withIdentity(String newName, int newVersion) {
        return new ModelMetadata(newName, newVersion, trainingRows, trainingPositives, settings, iterations, converged);
    }
}
