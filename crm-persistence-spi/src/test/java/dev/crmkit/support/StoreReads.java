package dev.crmkit.support;

import dev.crmkit.core.forecast.AsOfReplay;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.deal.StageChange;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import java.util.List;

/** Reads a tenant's deals, history and pipelines straight from a store, to feed crm-core for comparisons. */
public final class StoreReads {
    private StoreReads() {
    }

    public static List<Deal> deals(CrmStore store) {
        return store.inTransaction(TenantId.DEFAULT, uow -> Pages.all(p -> uow.deals().find(DealQuery.all(), p), 1000));
    }

    public static List<StageChange> history(CrmStore store) {
        List<Deal> deals = deals(store);
        return store.inTransaction(TenantId.DEFAULT, uow -> uow.stageHistory().forDeals(deals.stream().map(Deal::id).toList()));
    }

    public static List<Pipeline> pipelines(CrmStore store) {
        return store.inTransaction(TenantId.DEFAULT, uow -> uow.pipelines().findAll());
    }

    public static AsOfReplay replay(CrmStore store) {
        return AsOfReplay.of(deals(store), history(store), pipelines(store));
    }
}
