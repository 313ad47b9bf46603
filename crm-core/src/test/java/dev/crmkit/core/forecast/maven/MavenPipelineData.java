package dev.crmkit.core.forecast.maven;

import dev.crmkit.core.forecast.AsOfReplay;
import dev.crmkit.core.forecast.TeamDirectory;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.ForecastCategory;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.Stage;
import dev.crmkit.core.model.pipeline.StageKind;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.StageChangeId;
import dev.crmkit.core.model.shared.UserId;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Maven Analytics "CRM + Sales Opportunities" sample as CRMKit deals with stage history.
 *
 * <p>One pipeline: prospecting, engaging (open), won, lost. A deal is created in "engaging" at noon UTC of its
 * engage_date and closes at noon UTC of its close_date as won (amount close_value) or lost. Noon keeps every
 * event strictly inside its day, so "as of the end of 2017-06-30" is the instant 2017-07-01T00:00Z: it sees
 * everything dated up to June 30, nothing dated July 1, and Q2 counts as complete.
 * Prospecting rows have no engage date, so no creation moment: they are left out of every as-of pipeline
 * ({@link #prospectingSkipped}). Open and lost deals carry the product's list price (products.csv, joined with
 * spaces removed, since the pipeline says "GTXPro" where products.csv says "GTX Pro").
 */
final class MavenPipelineData {
    static final String ENGAGING = "engaging";

    final Pipeline pipeline;
    final List<Deal> deals = new ArrayList<>();
    final List<StageChange> history = new ArrayList<>();
    final Map<UserId, String> managers = new HashMap<>();
    int prospectingSkipped;

    private MavenPipelineData(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Stage "engaging" with the given default probability; the rest fixed. */
    static Pipeline pipeline(Percentage engagingProbability) {
        Instant created = Instant.parse("2016-01-01T00:00:00Z");
        return Pipeline.builder().id(new PipelineId(UUID.nameUUIDFromBytes("maven:pipeline".getBytes(StandardCharsets.UTF_8))))
                .name("Maven sales").createdAt(created)
                .addStages(
                        Stage.builder().key("prospecting").name("Prospecting").defaultProbability(Percentage.of(10))
                                .defaultForecastCategory(ForecastCategory.PIPELINE).build(),
                        Stage.builder().key(ENGAGING).name("Engaging").defaultProbability(engagingProbability)
                                .defaultForecastCategory(ForecastCategory.PIPELINE).build(),
                        Stage.builder().key("won").name("Won").defaultProbability(Percentage.HUNDRED_PERCENT)
                                .kind(StageKind.WON).build(),
                        Stage.builder().key("lost").name("Lost").defaultProbability(Percentage.ZERO)
                                .kind(StageKind.LOST).build())
                .build();
    }

    static MavenPipelineData load(Path folder) throws IOException {
        MavenPipelineData data = new MavenPipelineData(pipeline(Percentage.of(50)));
        Map<String, BigDecimal> prices = new HashMap<>();
        for (Map<String, String> row : read(folder.resolve("products.csv"))) {
            prices.put(productKey(row.get("product")), new BigDecimal(row.get("sales_price")));
        }
        for (Map<String, String> row : read(folder.resolve("sales_teams.csv"))) {
            data.managers.put(UserId.of(row.get("sales_agent")), row.get("manager"));
        }
        for (Map<String, String> row : read(folder.resolve("sales_pipeline.csv"))) {
            data.add(row, prices);
        }
        return data;
    }

    AsOfReplay replay() {
        return AsOfReplay.of(deals, history, List.of(pipeline));
    }

    TeamDirectory teams() {
        return TeamDirectory.of(managers);
    }

    private void add(Map<String, String> row, Map<String, BigDecimal> prices) {
        String id = row.get("opportunity_id");
        if (row.get("engage_date").isEmpty()) {
            prospectingSkipped++;
            return;
        }
        BigDecimal price = prices.get(productKey(row.get("product")));
        if (price == null) {
            throw new IllegalStateException("opportunity " + id + ": unknown product " + row.get("product"));
        }
        Money listPrice = Money.of(price, java.util.Currency.getInstance("USD"));
        Instant engaged = noon(row.get("engage_date"));
        DealId dealId = new DealId(uuid(id));
        Percentage engagingDefault = pipeline.requireStage(ENGAGING).defaultProbability();
        history.add(StageChange.builder().id(new StageChangeId(uuid(id + ":created"))).deal(dealId)
                .pipeline(pipeline.id()).toStage(ENGAGING).changedAt(engaged).amount(listPrice)
                .probability(engagingDefault).build());
        Deal.Builder deal = Deal.builder().id(dealId).name(id).pipeline(pipeline.id()).createdAt(engaged)
                .owner(UserId.of(row.get("sales_agent")));
        String stage = row.get("deal_stage");
        switch (stage) {
            case "Engaging" -> deal.stage(ENGAGING).stageEnteredAt(engaged).amount(listPrice);
            case "Won", "Lost" -> {
                boolean won = stage.equals("Won");
                Instant closed = noon(row.get("close_date"));
                Money amount = won ? Money.of(new BigDecimal(row.get("close_value")), listPrice.currency()) : listPrice;
                String key = won ? "won" : "lost";
                history.add(StageChange.builder().id(new StageChangeId(uuid(id + ":closed"))).deal(dealId)
                        .pipeline(pipeline.id()).fromStage(ENGAGING).toStage(key).changedAt(closed).amount(amount)
                        .probability(won ? Percentage.HUNDRED_PERCENT : Percentage.ZERO).build());
                deal.stage(key).stageEnteredAt(closed).closedAt(closed).updatedAt(closed).amount(amount);
                if (!won) {
                    deal.lostReason("lost (no reason recorded)");
                }
            }
            default -> throw new IllegalStateException("opportunity " + id + ": unexpected stage " + stage);
        }
        deals.add(deal.build());
    }

    private static String productKey(String product) {
        return product.replace(" ", "");
    }

    private static Instant noon(String date) {
        return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static UUID uuid(String text) {
        return UUID.nameUUIDFromBytes(("maven:" + text).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SimpleCsv.read(in);
        }
    }
}
