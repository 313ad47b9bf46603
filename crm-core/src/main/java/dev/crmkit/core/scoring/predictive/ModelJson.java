package dev.crmkit.core.scoring.predictive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.core.error.ValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link LeadScoringModel}. Written through Jackson's tree model rather than data
 * binding so the shape is spelled out here, stays stable when Java types are refactored, and is validated
 * field by field on the way in. Doubles are written in Java's round-trip notation, so reading restores
 * every bit.
 */
final class ModelJson {
    static final String FORMAT = "crmkit.lead-scoring-model";
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ModelJson() {
    }

    static String write(LeadScoringModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        ModelMetadata metadata = model.metadata();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", metadata.name());
        root.put("version", metadata.version());

        ObjectNode training = root.putObject("training");
        training.put("rows", metadata.trainingRows());
        training.put("positives", metadata.trainingPositives());
        training.put("lambda", metadata.settings().lambda());
        training.put("maxIterations", metadata.settings().maxIterations());
        training.put("tolerance", metadata.settings().tolerance());
        training.put("iterations", metadata.iterations());
        training.put("converged", metadata.converged());

        LabelField label = model.spec().label();
        ObjectNode labelNode = root.putObject("label");
        labelNode.put("column", label.column());
        strings(labelNode.putArray("positiveValues"), label.positiveValues());

        ArrayNode categorical = root.putArray("categorical");
        for (FittedCategorical fitted : model.pipeline().categorical()) {
            CategoricalFeature feature = fitted.feature();
            ObjectNode node = categorical.addObject();
            node.put("column", feature.column());
            node.put("minFrequency", feature.minFrequency());
            strings(node.putArray("placeholders"), feature.placeholders());
            node.put("caseFold", feature.caseFold());
            strings(node.putArray("levels"), fitted.levels());
            node.put("missingLevel", fitted.missingLevel());
            node.put("otherLevel", fitted.otherLevel());
        }
        ArrayNode numeric = root.putArray("numeric");
        for (FittedNumeric fitted : model.pipeline().numeric()) {
            NumericFeature feature = fitted.feature();
            ObjectNode node = numeric.addObject();
            node.put("column", feature.column());
            node.put("log1p", feature.log1p());
            node.put("missingIndicator", feature.missingIndicator());
            strings(node.putArray("missingSentinels"), feature.missingSentinels());
            node.put("median", fitted.median());
            node.put("mean", fitted.mean());
            node.put("sd", fitted.sd());
        }

        root.put("intercept", model.intercept());
        ArrayNode coefficients = root.putArray("coefficients");
        for (Coefficient coefficient : model.coefficients()) {
            ObjectNode node = coefficients.addObject();
            node.put("feature", coefficient.feature());
            node.put("weight", coefficient.weight());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // a tree of strings, numbers and booleans always serialises
            throw new IllegalStateException("could not write a JSON tree", e);
        }
    }

    static LeadScoringModel read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ValidationException("json", null, "is not valid JSON: " + e.getOriginalMessage());
        }
        ValidationException.check(root != null && root.isObject(), "json", null, "must be a JSON object");
        String format = text(root, "format", "");
        ValidationException.check(FORMAT.equals(format), "format", format, "must be " + FORMAT);
        int formatVersion = integer(root, "formatVersion", "");
        ValidationException.check(formatVersion == FORMAT_VERSION, "formatVersion", formatVersion,
                "this CRMKit reads format version " + FORMAT_VERSION);

        JsonNode training = object(root, "training", "");
        LogisticRegressionSettings settings = new LogisticRegressionSettings(
                number(training, "lambda", "training."), integer(training, "maxIterations", "training."),
                number(training, "tolerance", "training."));
        ModelMetadata metadata = new ModelMetadata(text(root, "name", ""), integer(root, "version", ""),
                integer(training, "rows", "training."), integer(training, "positives", "training."), settings,
                integer(training, "iterations", "training."), bool(training, "converged", "training."));

        JsonNode labelNode = object(root, "label", "");
        LabelField label = new LabelField(text(labelNode, "column", "label."), strings(labelNode, "positiveValues", "label."));

        List<CategoricalFeature> categoricalFeatures = new ArrayList<>();
        List<FittedCategorical> categorical = new ArrayList<>();
        JsonNode categoricalNodes = array(root, "categorical", "");
        for (int i = 0; i < categoricalNodes.size(); i++) {
            JsonNode node = element(categoricalNodes, i, "categorical");
            String path = "categorical[" + i + "].";
            CategoricalFeature feature = new CategoricalFeature(text(node, "column", path), integer(node, "minFrequency", path),
                    strings(node, "placeholders", path), bool(node, "caseFold", path));
            categoricalFeatures.add(feature);
            categorical.add(new FittedCategorical(feature, strings(node, "levels", path),
                    bool(node, "missingLevel", path), bool(node, "otherLevel", path)));
        }
        List<NumericFeature> numericFeatures = new ArrayList<>();
        List<FittedNumeric> numeric = new ArrayList<>();
        JsonNode numericNodes = array(root, "numeric", "");
        for (int i = 0; i < numericNodes.size(); i++) {
            JsonNode node = element(numericNodes, i, "numeric");
            String path = "numeric[" + i + "].";
            NumericFeature feature = new NumericFeature(text(node, "column", path), bool(node, "log1p", path),
                    bool(node, "missingIndicator", path), strings(node, "missingSentinels", path));
            numericFeatures.add(feature);
            numeric.add(new FittedNumeric(feature, number(node, "median", path), number(node, "mean", path), number(node, "sd", path)));
        }
        FeaturePipeline pipeline = new FeaturePipeline(new FeatureSpec(label, categoricalFeatures, numericFeatures), categorical, numeric);

        JsonNode coefficientNodes = array(root, "coefficients", "");
        List<String> expected = pipeline.featureNames();
        ValidationException.check(coefficientNodes.size() == expected.size(), "coefficients", coefficientNodes.size(),
                "expected " + expected.size() + " coefficients, one per encoded feature");
        double[] weights = new double[expected.size()];
        for (int j = 0; j < weights.length; j++) {
            JsonNode node = element(coefficientNodes, j, "coefficients");
            String path = "coefficients[" + j + "].";
            String feature = text(node, "feature", path);
            ValidationException.check(feature.equals(expected.get(j)), path + "feature", feature,
                    "expected " + expected.get(j) + " (the features are derived from the fitted levels)");
            weights[j] = number(node, "weight", path);
        }
        return new LeadScoringModel(metadata, pipeline, number(root, "intercept", ""), weights);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static JsonNode field(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        ValidationException.check(node != null && !node.isNull(), path + name, null, "is required");
        return node;
    }

    private static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path);
        ValidationException.check(node.isObject(), path + name, node.toString(), "must be an object");
        return node;
    }

    private static JsonNode array(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path);
        ValidationException.check(node.isArray(), path + name, node.toString(), "must be an array");
        return node;
    }

    private static JsonNode element(JsonNode array, int index, String path) {
        JsonNode node = array.get(index);
        ValidationException.check(node.isObject(), path + "[" + index + "]", node.toString(), "must be an object");
        return node;
    }

    private static String text(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path);
        ValidationException.check(node.isTextual(), path + name, node.toString(), "must be a string");
        return node.textValue();
    }

    private static int integer(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path);
        ValidationException.check(node.isIntegralNumber() && node.canConvertToInt(), path + name, node.toString(), "must be an int");
        return node.intValue();
    }

    private static double number(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path);
        ValidationException.check(node.isNumber(), path + name, node.toString(), "must be a number");
        return node.doubleValue();
    }

    private static boolean bool(JsonNode parent, String name, String path) {
        JsonNode node = field(parent, name, path);
        ValidationException.check(node.isBoolean(), path + name, node.toString(), "must be true or false");
        return node.booleanValue();
    }

    private static List<String> strings(JsonNode parent, String name, String path) {
        JsonNode node = array(parent, name, path);
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            ValidationException.check(element.isTextual(), path + name + "[" + i + "]", element.toString(), "must be a string");
            values.add(element.textValue());
        }
        return values;
    }
}
