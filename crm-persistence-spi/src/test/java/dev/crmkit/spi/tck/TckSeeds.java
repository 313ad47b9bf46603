package dev.crmkit.spi.tck;

/**
 * The seed of the TCK's property-based tests: fixed, so a store's build is repeatable, and overridable with
 * the system property {@value #PROPERTY} to explore other random cases (a failure report names its seed).
 */
public final class TckSeeds {
    /** The system property that overrides the seed. */
    public static final String PROPERTY = "crm.tck.seed";
    /** The seed used when the property is not set. */
    public static final long DEFAULT = 0x5EED_C12A_2024L;

    private TckSeeds() {
    }

    /** The seed to use. */
    public static long seed() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? DEFAULT : Long.parseLong(value.strip());
    }
}
