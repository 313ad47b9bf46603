package dev.crmkit;

import dev.crmkit.core.error.ValidationException;
import dev.crmkit.core.forecast.ExchangeRates;
import dev.crmkit.core.forecast.PeriodCalendar;
import dev.crmkit.core.forecast.TeamDirectory;
import dev.crmkit.core.forecast.UndatedDealPolicy;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.IdGenerator;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.core.model.shared.UuidV7Generator;
import dev.crmkit.event.CrmEventListener;
import dev.crmkit.internal.CrmSettings;
import dev.crmkit.internal.EventDispatcher;
import dev.crmkit.internal.InsightConfig;
import dev.crmkit.internal.Retry;
import dev.crmkit.internal.StoreTxRunner;
import dev.crmkit.spi.CrmStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The CRM façade: use cases over a {@link CrmStore}, validated with the rules of {@code crm-core}, each one
 * transaction, with domain events delivered to listeners after commit. Build with {@link #builder()}, then
 * work with one tenant's view: {@link #tenant(TenantId)}, or {@link #defaultTenant()} for single-tenant hosts.
 * Thread-safe; one instance per store is enough.
 *
 * <pre>{@code
 * Crm crm = Crm.builder().store(store).build();
 * CrmTenant acme = crm.tenant(TenantId.of("acme"));
 * Deal deal = acme.deals().create(pipelineId, d -> d.name("Rollout"));
 * acme.deals().move(deal.id(), "qualified-to-buy");
 * }</pre>
 */
public final class Crm {
    private final CrmStore store;
    private final CrmSettings settings;
    private final InsightConfig insights;
    private final EventDispatcher dispatcher = new EventDispatcher();

    private Crm(Builder builder) {
        this.store = builder.store;
        this.settings = new CrmSettings(builder.clock, builder.ids == null ? new UuidV7Generator(builder.clock) : builder.ids,
                builder.defaultRegion, builder.initialBackoff, builder.maxBackoff);
        this.insights = new InsightConfig(builder.calendar, builder.reportingCurrency, builder.rates, builder.teams,
                builder.undatedDeals);
        builder.listeners.forEach(dispatcher::add);
    }

    /** A builder; {@link Builder#store} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The CRM of one tenant. Cheap: views are not cached and hold no data. Throws nothing; no store access.
     */
    public CrmTenant tenant(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return new CrmTenant(tenant, new StoreTxRunner(store, tenant, settings, dispatcher), settings, insights);
    }

    /**
     * The CRM of one tenant by its key.
     *
     * @throws ValidationException when the key is not a valid {@link TenantId}
     */
    public CrmTenant tenant(String tenantKey) {
        return tenant(TenantId.of(tenantKey));
    }

    /** The CRM of {@link TenantId#DEFAULT}, for single-tenant hosts. */
    public CrmTenant defaultTenant() {
        return tenant(TenantId.DEFAULT);
    }

    /**
     * Registers a listener for the events of every tenant; it receives events of transactions that commit from
     * now on, after the listeners registered before it.
     */
    public void addListener(CrmEventListener listener) {
        dispatcher.add(listener);
    }

    /** Unregisters a listener; returns whether it was registered. */
    public boolean removeListener(CrmEventListener listener) {
        return dispatcher.remove(listener);
    }

    /**
     * Re-runs {@code work} on version conflicts and transient failures; see {@link CrmTenant#retrying}, which
     * behaves the same. Useful when {@code work} spans several tenants' views.
     *
     * @throws dev.crmkit.core.error.CrmException the last failure when attempts run out, or at once a failure
     *                                            that is not retryable
     */
    public <T> T retrying(int maxAttempts, Supplier<T> work) {
        return Retry.run(maxAttempts, settings.initialBackoff(), settings.maxBackoff(), work);
    }

    /**
     * Parses a phone number as people write it, reading numbers without a country code in the configured
     * default region.
     *
     * @throws ValidationException (field {@code phone}) when the text is not a valid number, or has no country
     *                             code and no default region is configured
     */
    public PhoneNumber parsePhone(String text) {
        return PhoneNumber.parse(text, settings.defaultRegion().orElse(null));
    }

    /** The clock the façade stamps records and events with. */
    public Clock clock() {
        return settings.clock();
    }

    /** The store. */
    public CrmStore store() {
        return store;
    }

    /** Configures a {@link Crm}. Not thread-safe; build once. */
    public static final class Builder {
        private CrmStore store;
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private Optional<String> defaultRegion = Optional.empty();
        private Duration initialBackoff = Duration.ofMillis(10);
        private Duration maxBackoff = Duration.ofMillis(200);
        private final List<CrmEventListener> listeners = new ArrayList<>();
        private PeriodCalendar calendar = PeriodCalendar.utc();
        private Optional<Currency> reportingCurrency = Optional.empty();
        private ExchangeRates rates = ExchangeRates.sameCurrencyOnly();
        private TeamDirectory teams = TeamDirectory.none();
        private UndatedDealPolicy undatedDeals = UndatedDealPolicy.EXCLUDE;

        private Builder() {
        }

        /** The store (required). */
        public Builder store(CrmStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The clock for timestamps and rotting; defaults to {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The id generator; defaults to a {@link UuidV7Generator} on the configured clock. */
        public Builder idGenerator(IdGenerator ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * The ISO 3166 region for phone numbers written without a country code (e.g. {@code "US"}); none by
         * default, so such numbers are rejected.
         *
         * @throws ValidationException when the region is not two letters
         */
        public Builder defaultRegion(String region) {
            ValidationException.check(region != null && region.strip().matches("[A-Za-z]{2}"), "defaultRegion", region,
                    "must be an ISO 3166 two-letter region such as US");
            this.defaultRegion = Optional.of(region.strip().toUpperCase(Locale.ROOT));
            return this;
        }

        /** Registers an event listener (in registration order). */
        public Builder listener(CrmEventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * The pauses of {@code retrying}: {@code initial} before the second attempt, doubling up to {@code max}.
         * Defaults: 10 ms and 200 ms.
         *
         * @throws ValidationException when a pause is negative or {@code max} is below {@code initial}
         */
        public Builder retryBackoff(Duration initial, Duration max) {
            ValidationException.check(initial != null && !initial.isNegative(), "initial", initial, "must not be negative");
            ValidationException.check(max != null && max.compareTo(initial) >= 0, "max", max, "must be at least initial");
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * The reporting periods of forecasts and analytics: the fiscal year's first month and the zone in which
         * period boundaries fall. Default: calendar years in UTC ({@link PeriodCalendar#utc()}).
         */
        public Builder periodCalendar(PeriodCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * {@link #periodCalendar(PeriodCalendar)} from the fiscal year's first month and the zone.
         *
         * @throws ValidationException when an argument is missing
         */
        public Builder fiscalYear(Month firstMonth, ZoneId zone) {
            return periodCalendar(new PeriodCalendar(firstMonth, zone));
        }

        /**
         * The currency forecasts and analytics report in, by ISO code. Default: none, so each tenant reports in
         * the one currency its deals carry; a tenant whose deals carry several currencies then gets a
         * {@link ValidationException} (field {@code reportingCurrency}) until one is configured.
         *
         * @throws ValidationException when the code is not an ISO 4217 currency
         */
        public Builder reportingCurrency(String code) {
            this.reportingCurrency = Optional.of(Money.currency(code));
            return this;
        }

        /**
         * The exchange rates into the reporting currency (the host's rate table). Default:
         * {@link ExchangeRates#sameCurrencyOnly()}, so an amount in another currency raises
         * {@link dev.crmkit.core.forecast.MissingExchangeRateException}.
         */
        public Builder exchangeRates(ExchangeRates rates) {
            this.rates = Objects.requireNonNull(rates, "rates");
            return this;
        }

        /** The owner-to-team mapping that groups forecasts and quotas by team. Default: no teams. */
        public Builder teams(TeamDirectory teams) {
            this.teams = Objects.requireNonNull(teams, "teams");
            return this;
        }

        /**
         * How forecasts count open deals without an expected close date. Default
         * {@link UndatedDealPolicy#EXCLUDE}: they count in no period.
         */
        public Builder undatedDeals(UndatedDealPolicy policy) {
            this.undatedDeals = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The façade.
         *
         * @throws ValidationException when no store was set
         */
        public Crm build() {
            ValidationException.check(store != null, "store", null, "is required");
            return new Crm(this);
        }
    }
}
