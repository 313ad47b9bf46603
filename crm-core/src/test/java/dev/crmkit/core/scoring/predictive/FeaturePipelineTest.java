package dev.crmkit.core.scoring.predictive;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.Table;
import dev.crmkit.core.tabular.TabularRecord;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FeaturePipelineTest {

    private static List<TabularRecord> rows(String column, String... values) {
        List<TabularRecord> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(TabularRecord.of(Map.of(column, value, "y", "1")));
        }
        return rows;
    }

    private static FeatureSpec categorical(CategoricalFeature feature) {
        return new FeatureSpec(LabelField.of("y", "1"), List.of(feature), List.of());
    }

    private static FeatureSpec numeric(NumericFeature feature) {
        return new FeatureSpec(LabelField.of("y", "1"), List.of(), List.of(feature));
    }

    @Test
    void categoricalLevelsGroupRareValuesFoldCaseAndTreatPlaceholdersAsMissing() {
        CategoricalFeature source = CategoricalFeature.of("source").withMinFrequency(2).withPlaceholders("Select").withCaseFold(true);
        FeaturePipeline pipeline = FeaturePipeline.fit(categorical(source),
                rows("source", "Google", "google ", "Direct", "", "select", "Olark", "Olark", "Reference"));

        FittedCategorical fitted = pipeline.categorical().get(0);
        assertThat(fitted.levels()).containsExactly("google", "olark");
        assertThat(fitted.missingLevel()).isTrue();
        assertThat(fitted.otherLevel()).isTrue();
        assertThat(pipeline.featureNames()).containsExactly("source=google", "source=olark", "source=(missing)", "source=(other)");

        assertThat(pipeline.encode(TabularRecord.of(Map.of("source", "GOOGLE")))).containsExactly(1, 0, 0, 0);
        assertThat(pipeline.encode(TabularRecord.of(Map.of("source", "Select")))).containsExactly(0, 0, 1, 0);
        assertThat(pipeline.encode(TabularRecord.of(Map.of()))).containsExactly(0, 0, 1, 0);
        assertThat(pipeline.encode(TabularRecord.of(Map.of("source", "Direct")))).containsExactly(0, 0, 0, 1);
        assertThat(pipeline.encode(TabularRecord.of(Map.of("source", "never seen")))).containsExactly(0, 0, 0, 1);
    }

    @Test
    void rareMissingValuesGoToOtherAndWithoutOtherUnknownLevelsEncodeToNothing() {
        FeaturePipeline rareMissing = FeaturePipeline.fit(categorical(CategoricalFeature.of("c").withMinFrequency(2)),
                rows("c", "a", "a", ""));
        assertThat(rareMissing.featureNames()).containsExactly("c=a", "c=(other)");
        assertThat(rareMissing.encode(TabularRecord.of(Map.of("c", "")))).containsExactly(0, 1);

        FeaturePipeline everyLevel = FeaturePipeline.fit(categorical(CategoricalFeature.of("c")), rows("c", "a", "b"));
        assertThat(everyLevel.featureNames()).containsExactly("c=a", "c=b");
        assertThat(everyLevel.encode(TabularRecord.of(Map.of("c", "z")))).containsExactly(0, 0);
    }

    @Test
    void realValuesSpelledLikeReservedLevelsKeepUniqueFeatureNames() {
        FeaturePipeline pipeline = FeaturePipeline.fit(categorical(CategoricalFeature.of("c").withMinFrequency(2)),
                rows("c", "(missing)", "(missing)", "(other)", "(other)", "", "", "rare"));

        assertThat(pipeline.featureNames()).containsExactly("c=\"(missing)\"", "c=\"(other)\"", "c=(missing)", "c=(other)");
        assertThat(pipeline.encode(TabularRecord.of(Map.of("c", "(other)")))).containsExactly(0, 1, 0, 0);
    }

    @Test
    void withoutCaseFoldingCaseVariantsAreDistinctLevels() {
        FeaturePipeline pipeline = FeaturePipeline.fit(categorical(CategoricalFeature.of("c")), rows("c", "Google", "google"));

        assertThat(pipeline.featureNames()).containsExactly("c=Google", "c=google");
    }

    @Test
    void numericValuesAreMedianImputedAndStandardisedWithPopulationSd() {
        FeaturePipeline pipeline = FeaturePipeline.fit(numeric(NumericFeature.of("n")), rows("n", "1", "2", "3", ""));

        FittedNumeric fitted = pipeline.numeric().get(0);
        assertThat(fitted.median()).isEqualTo(2.0);
        assertThat(fitted.mean()).isEqualTo(2.0);
        assertThat(fitted.sd()).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(pipeline.encode(TabularRecord.of(Map.of("n", "3")))[0]).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(pipeline.encode(TabularRecord.of(Map.of("n", " ")))[0]).isEqualTo(0.0);
    }

    @Test
    void medianOfAnEvenCountAveragesTheMiddleValues() {
        FeaturePipeline pipeline = FeaturePipeline.fit(numeric(NumericFeature.of("n")), rows("n", "10", "1", "4", "2", ""));

        assertThat(pipeline.numeric().get(0).median()).isEqualTo(3.0);
    }

    @Test
    void logTransformSentinelsAndMissingIndicator() {
        NumericFeature days = NumericFeature.of("pdays").withLog1p(true).withMissingSentinels("999").withMissingIndicator(true);
        FeaturePipeline pipeline = FeaturePipeline.fit(numeric(days), rows("pdays", "0", "999", "3", "999"));

        FittedNumeric fitted = pipeline.numeric().get(0);
        double median = (Math.log1p(0) + Math.log1p(3)) / 2;
        assertThat(fitted.median()).isCloseTo(median, within(1e-15));
        assertThat(pipeline.featureNames()).containsExactly("pdays", "pdays=(missing)");
        assertThat(pipeline.encode(TabularRecord.of(Map.of("pdays", "999")))[1]).isEqualTo(1.0);
        assertThat(pipeline.encode(TabularRecord.of(Map.of("pdays", "3")))[1]).isEqualTo(0.0);
        assertThat(pipeline.encode(TabularRecord.of(Map.of("pdays", "3")))[0])
                .isCloseTo((Math.log1p(3) - fitted.mean()) / fitted.sd(), within(1e-12));
    }

    @Test
    void constantColumnsEncodeToZero() {
        FeaturePipeline pipeline = FeaturePipeline.fit(numeric(NumericFeature.of("n")), rows("n", "5", "5", "5"));

        assertThat(pipeline.numeric().get(0).sd()).isEqualTo(1.0);
        assertThat(pipeline.encode(TabularRecord.of(Map.of("n", "5")))[0]).isEqualTo(0.0);
    }

    @Test
    void numbersAreParsedStrictly() {
        NumericFeature n = NumericFeature.of("n");
        assertThat(n.value("2.67")).isEqualTo(2.67);
        assertThat(n.value("-36.4")).isEqualTo(-36.4);
        assertThat(n.value("1e3")).isEqualTo(1000.0);
        assertThat(n.value(".5")).isEqualTo(0.5);
        assertThat(n.value("")).isNaN();
        for (String bad : List.of("NaN", "Infinity", "0x1p3", "1d", "1,5", "abc", "1e", "-", ".", "1e999")) {
            assertThatThrownBy(() -> n.value(bad)).as(bad).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> n.withLog1p(true).value("-1")).isInstanceOf(ValidationException.class).hasMessageContaining("log1p");
    }

    @Test
    void aBadNumberInTrainingDataNamesTheCsvLine() {
        Table table = Table.readCsv(new StringReader("n,y\n1,1\n\"multi\nline\",0\n"), CsvFormat.rfc4180());

        assertThatThrownBy(() -> FeaturePipeline.fit(numeric(NumericFeature.of("n")), table.records()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("line 3: n"));
    }

    @Test
    void aColumnMissingFromEveryRecordIsReportedInsteadOfSilentlyEncodedAsMissing() {
        assertThatThrownBy(() -> FeaturePipeline.fit(categorical(CategoricalFeature.of("Lead Sorce")), rows("Lead Source", "a")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Lead Sorce");
    }

    @Test
    void specRejectsDuplicateColumnsAndTheLabelAsAFeature() {
        assertThatThrownBy(() -> FeatureSpec.builder().label("y", "1").categorical("a").numeric("a").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> FeatureSpec.builder().label("y", "1").categorical("y").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("label column");
        assertThatThrownBy(() -> FeatureSpec.builder().categorical("a").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> FeatureSpec.builder().label("y", "1").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least one feature");
    }

    @Test
    void builderDefaultsApplyToEveryCategoricalAddedByNameButNotToExplicitFeatures() {
        FeatureSpec spec = FeatureSpec.builder()
                .label("y", "1")
                .categorical("early")
                .categorical(CategoricalFeature.of("explicit"))
                .minFrequency(5).placeholders("Select").caseFold(true)
                .categorical("late")
                .build();

        assertThat(spec.categorical()).extracting(CategoricalFeature::minFrequency).containsExactly(5, 1, 5);
        assertThat(spec.categorical().get(0).placeholders()).containsExactly("Select");
        assertThat(spec.categorical().get(1).caseFold()).isFalse();
        assertThat(spec.featureColumns()).containsExactly("early", "explicit", "late");
    }

    @Test
    void blankLabelsAreRejected() {
        LabelField label = LabelField.of("y", "yes");

        assertThat(label.isPositive(TabularRecord.of(Map.of("y", " yes ")))).isTrue();
        assertThat(label.isPositive(TabularRecord.of(Map.of("y", "no")))).isFalse();
        assertThatThrownBy(() -> label.isPositive(TabularRecord.of(Map.of("y", "")))).isInstanceOf(ValidationException.class);
    }
}
