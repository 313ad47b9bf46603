package dev.crmkit.core.scoring;

import dev.crmkit.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Ready-made scoring models shipped with CRMKit, to start from and adapt. */
public final class ScoringModelTemplates {
    /** The classpath resource of {@link #b2bDefault()}. */
    public static final String B2B_DEFAULT_RESOURCE = "/dev/crmkit/core/scoring/b2b-default-model.json";

    private ScoringModelTemplates() {
    }

    /**
     * A starting model for B2B software vendors ({@code b2b-default}): fit rules on company size, revenue,
     * industry, country, seniority and email domain (capped at 50), engagement rules on demo requests,
     * forms, pricing-page views, email clicks, webinars, meetings and calls (capped at 60, half-life 30 days),
     * a total cap of 100, and thresholds 40 &rarr; {@code MARKETING_QUALIFIED}, 70 &rarr;
     * {@code SALES_QUALIFIED}. It reads the custom contact property {@code seniority}
     * ({@code c_level}, {@code vp}, {@code director}, ...) and {@code persona}; rules on properties a
     * tenant does not have never fire.
     */
    public static ScoringModel b2bDefault() {
        return fromResource(B2B_DEFAULT_RESOURCE);
    }

    private static ScoringModel fromResource(String resource) {
        InputStream in = ScoringModelTemplates.class.getResourceAsStream(resource);
        ValidationException.check(in != null, "resource", resource, "is not on the classpath");
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return ScoringModelJson.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
