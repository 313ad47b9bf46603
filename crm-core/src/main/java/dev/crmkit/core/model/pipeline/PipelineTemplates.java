package dev.crmkit.core.model.pipeline;

import dev.crmkit.core.model.shared.Percentage;
import dev.crmkit.core.model.shared.PipelineId;
import java.time.Instant;

/**
 * Ready-made sales pipelines with documented default probabilities.
 *
 * <table>
 *   <caption>Salesforce-style ({@link #salesforceStyle})</caption>
 *   <tr><th>key</th><th>probability</th><th>forecast category</th><th>gate</th></tr>
 *   <tr><td>prospecting</td><td>10</td><td>PIPELINE</td><td></td></tr>
 *   <tr><td>qualification</td><td>20</td><td>PIPELINE</td><td></td></tr>
 *   <tr><td>needs-analysis</td><td>25</td><td>PIPELINE</td><td>contacts</td></tr>
 *   <tr><td>value-proposition</td><td>50</td><td>BEST_CASE</td><td>amount</td></tr>
 *   <tr><td>decision-makers</td><td>60</td><td>BEST_CASE</td><td>amount</td></tr>
 *   <tr><td>perception-analysis</td><td>70</td><td>MOST_LIKELY</td><td>amount, expectedCloseDate</td></tr>
 *   <tr><td>proposal</td><td>75</td><td>MOST_LIKELY</td><td>amount, expectedCloseDate</td></tr>
 *   <tr><td>negotiation</td><td>90</td><td>COMMIT</td><td>amount, expectedCloseDate, contacts</td></tr>
 *   <tr><td>closed-won</td><td>100</td><td>CLOSED</td><td></td></tr>
 *   <tr><td>closed-lost</td><td>0</td><td>OMITTED</td><td></td></tr>
 * </table>
 * These are the probabilities of Salesforce's default opportunity stage picklist.
 *
 * <table>
 *   <caption>HubSpot-style ({@link #hubspotStyle})</caption>
 *   <tr><th>key</th><th>probability</th><th>forecast category</th><th>gate</th></tr>
 *   <tr><td>appointment-scheduled</td><td>20</td><td>PIPELINE</td><td></td></tr>
 *   <tr><td>qualified-to-buy</td><td>40</td><td>PIPELINE</td><td></td></tr>
 *   <tr><td>presentation-scheduled</td><td>60</td><td>BEST_CASE</td><td>contacts</td></tr>
 *   <tr><td>decision-maker-bought-in</td><td>80</td><td>MOST_LIKELY</td><td>amount</td></tr>
 *   <tr><td>contract-sent</td><td>90</td><td>COMMIT</td><td>amount, expectedCloseDate</td></tr>
 *   <tr><td>closed-won</td><td>100</td><td>CLOSED</td><td></td></tr>
 *   <tr><td>closed-lost</td><td>0</td><td>OMITTED</td><td></td></tr>
 * </table>
 * These are the deal-stage probabilities of HubSpot's default sales pipeline. Open stages rot after 30 days
 * (14 in the last two stages) without a stage change or activity; both allow any-to-any moves and re-opening.
 */
public final class PipelineTemplates {
    private PipelineTemplates() {
    }

    /** A Salesforce-style pipeline with the given id, name and creation moment. */
    public static Pipeline salesforceStyle(PipelineId id, String name, Instant createdAt) {
        return Pipeline.builder().id(id).name(name).createdAt(createdAt)
                .addStages(
                        open("prospecting", "Prospecting", 10, ForecastCategory.PIPELINE, 30),
                        open("qualification", "Qualification", 20, ForecastCategory.PIPELINE, 30),
                        open("needs-analysis", "Needs Analysis", 25, ForecastCategory.PIPELINE, 30, StageRequirement.CONTACTS),
                        open("value-proposition", "Value Proposition", 50, ForecastCategory.BEST_CASE, 30, StageRequirement.AMOUNT),
                        open("decision-makers", "Id. Decision Makers", 60, ForecastCategory.BEST_CASE, 30, StageRequirement.AMOUNT),
                        open("perception-analysis", "Perception Analysis", 70, ForecastCategory.MOST_LIKELY, 30,
                                StageRequirement.AMOUNT, StageRequirement.EXPECTED_CLOSE_DATE),
                        open("proposal", "Proposal/Price Quote", 75, ForecastCategory.MOST_LIKELY, 14,
                                StageRequirement.AMOUNT, StageRequirement.EXPECTED_CLOSE_DATE),
                        open("negotiation", "Negotiation/Review", 90, ForecastCategory.COMMIT, 14,
                                StageRequirement.AMOUNT, StageRequirement.EXPECTED_CLOSE_DATE, StageRequirement.CONTACTS),
                        won(), lost())
                .build();
    }

    /** A HubSpot-style pipeline with the given id, name and creation moment. */
    public static Pipeline hubspotStyle(PipelineId id, String name, Instant createdAt) {
        return Pipeline.builder().id(id).name(name).createdAt(createdAt)
                .addStages(
                        open("appointment-scheduled", "Appointment Scheduled", 20, ForecastCategory.PIPELINE, 30),
                        open("qualified-to-buy", "Qualified To Buy", 40, ForecastCategory.PIPELINE, 30),
                        open("presentation-scheduled", "Presentation Scheduled", 60, ForecastCategory.BEST_CASE, 30,
                                StageRequirement.CONTACTS),
                        open("decision-maker-bought-in", "Decision Maker Bought-In", 80, ForecastCategory.MOST_LIKELY, 14,
                                StageRequirement.AMOUNT),
                        open("contract-sent", "Contract Sent", 90, ForecastCategory.COMMIT, 14,
                                StageRequirement.AMOUNT, StageRequirement.EXPECTED_CLOSE_DATE),
                        won(), lost())
                .build();
    }

    private static Stage open(String key, String name, int probability, ForecastCategory category, int rottingDays,
                              StageRequirement... required) {
        return Stage.builder().key(key).name(name).defaultProbability(Percentage.of(probability))
                .defaultForecastCategory(category).rottingDays(rottingDays).addRequiredFields(required).build();
    }

    private static Stage won() {
        return Stage.builder().key("closed-won").name("Closed Won").defaultProbability(Percentage.HUNDRED_PERCENT)
                .kind(StageKind.WON).build();
    }

    private static Stage lost() {
        return Stage.builder().key("closed-lost").name("Closed Lost").defaultProbability(Percentage.ZERO)
                .kind(StageKind.LOST).build();
    }
}
