package dev.crmkit;

import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.TxRunner;

/** The services of one tenant bound to one way of running transactions. */
final class ServiceSet {
    final Accounts accounts;
    final Contacts contacts;
    final Deals deals;
    final Activities activities;
    final Pipelines pipelines;
    final PropertyDefinitions propertyDefinitions;
    final Timelines timelines;
    final Duplicates duplicates;
    final Privacy privacy;
    final Forecasts forecasts;
    final Analytics analytics;
    final Scoring scoring;

    ServiceSet(TxRunner runner, InsightConfig insights) {
        this.accounts = new Accounts(runner);
        this.contacts = new Contacts(runner);
        this.deals = new Deals(runner);
        this.activities = new Activities(runner);
        this.pipelines = new Pipelines(runner);
        this.propertyDefinitions = new PropertyDefinitions(runner);
        this.timelines = new Timelines(runner);
        this.duplicates = new Duplicates(runner);
        this.privacy = new Privacy(runner);
        this.forecasts = new Forecasts(runner, insights);
        this.analytics = new Analytics(runner, insights);
        this.scoring = new Scoring(runner, insights);
    }
}
