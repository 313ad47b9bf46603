package dev.crmkit.support;

import dev.crmkit.Crm;
import dev.crmkit.CrmTenant;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.memory.InMemoryCrmStore;
import java.time.Duration;
import java.time.Instant;

/** A façade over an InMemoryCrmStore with a test clock, sequential ids and an event recorder. */
public final class CrmFixture {
    public static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    public final TestClock clock = new TestClock(START);
    public final SequentialIds ids = new SequentialIds();
    public final RecordingListener events = new RecordingListener();
    public final InMemoryCrmStore memory = new InMemoryCrmStore();
    public final CrmStore store;
    public final Crm crm;
    public final CrmTenant tenant;

    public CrmFixture() {
        this(null);
    }

    /** A fixture whose façade works over {@code wrap} applied to the in-memory store (null: no wrapper). */
    public CrmFixture(java.util.function.Function<CrmStore, CrmStore> wrap) {
        this.store = wrap == null ? memory : wrap.apply(memory);
        this.crm = Crm.builder().store(store).clock(clock).idGenerator(ids).defaultRegion("US")
                .retryBackoff(Duration.ZERO, Duration.ZERO).listener(events).build();
        this.tenant = crm.defaultTenant();
    }

    /** A HubSpot-style pipeline named "Sales". */
    public Pipeline hubspot() {
        return tenant.pipelines().create(PipelineTemplates::hubspotStyle, "Sales");
    }

    /** Every record of the default tenant as JSON. */
    public String dump() {
        return TenantDump.json(memory, tenant.tenantId());
    }
}
