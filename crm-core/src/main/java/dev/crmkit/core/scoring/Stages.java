package dev.crmkit.core.scoring;

import dev.crmkit.core.model.contact.LifecycleStage;
import java.util.Locale;

/** Reads lifecycle-stage names written in a model. */
final class Stages {
    private Stages() {
    }

    /** The stage named {@code text} (ignoring case and surrounding space), or {@code null}. */
    static LifecycleStage parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (LifecycleStage stage : LifecycleStage.values()) {
            if (stage.name().equals(name)) {
                return stage;
            }
        }
        return null;
    }
}
