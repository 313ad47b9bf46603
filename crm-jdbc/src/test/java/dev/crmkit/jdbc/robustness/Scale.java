package dev.crmkit.jdbc.robustness;

/**
 * How much work a robustness suite does: the CI counts by default, the larger soak counts when the system
 * property {@value #PROPERTY} is {@code true} (set by the {@code soak} Maven profile of crm-jdbc).
 */
final class Scale {
    /** The system property that switches to soak counts. */
    static final String PROPERTY = "crm.soak";

    private Scale() {
    }

    /** Whether this run is a soak run. */
    static boolean soak() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** {@code ci} in a normal run, {@code soak} in a soak run. */
    static int of(int ci, int soak) {
        return soak() ? soak : ci;
    }
}
