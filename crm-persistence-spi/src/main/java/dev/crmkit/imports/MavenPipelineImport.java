package dev.crmkit.imports;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.property.PropertyDefinition;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyDefinitionId;
import dev.crmkit.core.model.shared.PropertyType;
import dev.crmkit.core.tabular.CsvFormat;
import dev.crmkit.core.tabular.CsvReader;
import dev.crmkit.core.tabular.CsvRecord;
import dev.crmkit.core.tabular.TabularRecord;
import dev.crmkit.imports.mapping.ImportMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports Maven Analytics' "CRM + Sales Opportunities" data set (a folder with {@code accounts.csv},
 * {@code products.csv}, {@code sales_teams.csv} and {@code sales_pipeline.csv}).
 *
 * <ol>
 *   <li>The pipeline {@value #PIPELINE_NAME} is created when missing, with the data's four stages:
 *       {@code prospecting} (10 %), {@code engaging} (50 %), {@code won}, {@code lost}. The probabilities are
 *       round defaults, not fitted to the data.</li>
 *   <li>The enumeration property {@code product} of deals is defined with the names of {@code products.csv}
 *       as options.</li>
 *   <li>{@code accounts.csv} is imported with the shipped mapping {@code maven-accounts}: external id = the
 *       account name (source {@code maven}), sector as industry, revenue (millions of USD in the file) as annual
 *       revenue in USD, office location as country (the file's "Philipines" and "Korea" are mapped to PH and KR),
 *       {@code subsidiary_of} as parent, {@code year_established} as a number property.</li>
 *   <li>{@code sales_pipeline.csv} is imported with the mapping {@code maven-deals}: external id =
 *       {@code opportunity_id}; name "product (opportunity_id)"; owner = the sales agent; account by its name;
 *       {@code product} as the enumeration property, with the file's {@code GTXPro} normalized to
 *       {@code products.csv}'s {@code GTX Pro} (names are compared ignoring case and spaces); the agent's manager
 *       and regional office from {@code sales_teams.csv} as enumeration properties {@code sales_manager} and
 *       {@code regional_office}. Amounts are in USD: a won deal's amount is its {@code close_value}; open and
 *       lost deals get the product's list price ({@code sales_price}), because the file records no value for
 *       open deals and 0 for every lost one. Lost deals get the lost reason "Lost" (the data has none).</li>
 *   <li>History: a closed deal was created on its {@code engage_date} in stage {@code engaging} and moved to won
 *       or lost on its {@code close_date} (both at 00:00 UTC); an engaging deal was created on its
 *       {@code engage_date}; a prospecting deal has no date in the file and is created at the import's clock
 *       time, so it is not counted as open at any date inside the data's year.</li>
 * </ol>
 * Running it again updates every record and adds nothing.
 */
public final class MavenPipelineImport {
    /** The pipeline deals go into. */
    public static final String PIPELINE_NAME = "Maven sales";
    /** The property key of the product. */
    public static final String PRODUCT_PROPERTY = "product";

    private final ImportContext context;
    private final ImportListener listener;
    private final RejectSink rejects;

    /**
     * An import.
     *
     * @param context  where to write
     * @param listener progress callbacks (for both files)
     * @param rejects  where rejected rows go ({@link RejectedRow#source()} names the file)
     */
    public MavenPipelineImport(ImportContext context, ImportListener listener, RejectSink rejects) {
        this.context = Objects.requireNonNull(context, "context");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.rejects = Objects.requireNonNull(rejects, "rejects");
    }

    /**
     * What the import did.
     *
     * @param pipeline the pipeline deals are in
     * @param accounts the import of {@code accounts.csv}
     * @param deals    the import of {@code sales_pipeline.csv}
     */
    public record Result(Pipeline pipeline, ImportSummary accounts, ImportSummary deals) {
    }

    /** Imports the folder's files (UTF-8). */
    public Result run(Path directory) {
        return run(name -> ImportInput.ofFile(directory.resolve(name), StandardCharsets.UTF_8));
    }

    /**
     * Imports the files {@code files} opens by name.
     *
     * @throws ImportAbortedException when the structure of accounts.csv or sales_pipeline.csv is broken
     * @throws ValidationException    when a file is missing, or products.csv or sales_teams.csv is malformed
     *                                ({@link dev.crmkit.core.tabular.CsvFormatException}) or lacks a column
     *                                this import needs
     */
    public Result run(Function<String, ImportInput> files) {
        Map<String, Product> products = readProducts(files.apply("products.csv"));
        Map<String, Team> teams = readTeams(files.apply("sales_teams.csv"));
        Pipeline pipeline = ensurePipeline();
        ensureProductProperty(products.values().stream().map(Product::name).toList());
        ImportSummary accounts = CsvImport.builder(context).mapping(ImportMapping.builtIn("maven-accounts"))
                .listener(listener).rejects(rejects).build().run(files.apply("accounts.csv"));
        ImportSummary deals = CsvImport.builder(context).mapping(ImportMapping.builtIn("maven-deals"))
                .listener(listener).rejects(rejects).preprocessor(dealColumns(products, teams))
                .build().run(files.apply("sales_pipeline.csv"));
        return new Result(pipeline, accounts, deals);
    }

    /** A product of products.csv. */
    private record Product(String name, String price) {
    }

    /** A sales agent's team of sales_teams.csv. */
    private record Team(String manager, String office) {
    }

    private static RowPreprocessor dealColumns(Map<String, Product> products, Map<String, Team> teams) {
        return RowPreprocessor.adding(List.of("deal_name", "deal_amount", "sales_manager", "regional_office"), row -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : row.columns()) {
                values.put(column, row.get(column));
            }
            Product product = products.get(productKey(row.get("product")));
            ValidationException.check(product != null, "product", row.get("product"), "is not a product of products.csv");
            values.put("product", product.name());
            values.put("deal_name", product.name() + " (" + row.get("opportunity_id") + ")");
            values.put("deal_amount", "Won".equals(row.get("deal_stage")) ? row.get("close_value") : product.price());
            Optional<Team> team = Optional.ofNullable(teams.get(row.get("sales_agent")));
            values.put("sales_manager", team.map(Team::manager).orElse(""));
            values.put("regional_office", team.map(Team::office).orElse(""));
            return TabularRecord.of(values);
        });
    }

    /** Product names compared ignoring case and everything but letters and digits: "GTXPro" is "GTX Pro". */
    private static String productKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, Product> readProducts(ImportInput input) {
        Map<String, Product> products = new LinkedHashMap<>();
        for (CsvRecord row : rows(input, "product", "sales_price")) {
            products.put(productKey(row.get("product")), new Product(row.get("product").strip(), row.get("sales_price").strip()));
        }
        return products;
    }

    private static Map<String, Team> readTeams(ImportInput input) {
        Map<String, Team> teams = new LinkedHashMap<>();
        for (CsvRecord row : rows(input, "sales_agent", "manager", "regional_office")) {
            teams.put(row.get("sales_agent").strip(), new Team(row.get("manager").strip(), row.get("regional_office").strip()));
        }
        return teams;
    }

    private static List<CsvRecord> rows(ImportInput input, String... columns) {
        try (CsvReader csv = CsvReader.open(input.reader(), CsvFormat.rfc4180())) {
            for (String column : columns) {
                ValidationException.check(csv.header().contains(column), input.name(), column, "is a column this import needs");
            }
            List<CsvRecord> rows = new ArrayList<>();
            csv.forEach(rows::add);
            return rows;
        }
    }

    private Pipeline ensurePipeline() {
        return context.store().inTransaction(context.tenant(), uow -> {
            for (Pipeline pipeline : uow.pipelines().findAll()) {
                if (pipeline.name().equalsIgnoreCase(PIPELINE_NAME)) {
                    return pipeline;
                }
            }
            Instant now = context.clock().instant();
            return uow.pipelines().insert(Pipeline.builder()
                    .id(context.ids().next(PipelineId::new))
                    .name(PIPELINE_NAME)
                    .createdAt(now)
                    .addStages(
                            Stage.builder().key("prospecting").name("Prospecting").defaultProbability(Percentage.of(10))
                                    .defaultForecastCategory(ForecastCategory.PIPELINE).build(),
                            Stage.builder().key("engaging").name("Engaging").defaultProbability(Percentage.of(50))
                                    .defaultForecastCategory(ForecastCategory.PIPELINE).build(),
                            Stage.builder().key("won").name("Won").defaultProbability(Percentage.HUNDRED_PERCENT)
                                    .kind(StageKind.WON).build(),
                            Stage.builder().key("lost").name("Lost").defaultProbability(Percentage.ZERO)
                                    .kind(StageKind.LOST).build())
                    .build());
        });
    }

    private void ensureProductProperty(List<String> productNames) {
        context.store().run(context.tenant(), uow -> {
            Instant now = context.clock().instant();
            Optional<PropertyDefinition> existing = uow.propertyDefinitions().findByKey(ObjectType.DEAL, PRODUCT_PROPERTY);
            if (existing.isEmpty()) {
                uow.propertyDefinitions().insert(PropertyDefinition.builder()
                        .id(context.ids().next(PropertyDefinitionId::new))
                        .objectType(ObjectType.DEAL)
                        .key(PRODUCT_PROPERTY)
                        .label("Product")
                        .type(PropertyType.ENUMERATION)
                        .allowedValues(productNames)
                        .createdAt(now)
                        .build());
                return;
            }
            List<String> options = new ArrayList<>(existing.get().allowedValues());
            productNames.stream().filter(name -> !options.contains(name)).forEach(options::add);
            if (!options.equals(existing.get().allowedValues())) {
                uow.propertyDefinitions().update(PropertyDefinition.copyOf(existing.get()).withAllowedValues(options)
                        .withUpdatedAt(Assembly.latest(now, existing.get().updatedAt())));
            }
        });
    }
}
