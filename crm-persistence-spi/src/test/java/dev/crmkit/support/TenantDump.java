package dev.crmkit.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.core.json.CrmJson;
import dev.crmkit.core.model.shared.ObjectType;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.spi.AccountQuery;
import dev.crmkit.spi.ActivityQuery;
import dev.crmkit.spi.ContactQuery;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DealQuery;
import dev.crmkit.spi.Pages;
import dev.crmkit.spi.StageChangeQuery;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every record of a tenant, serialized to JSON with the project's mapper, read straight from the store. */
public final class TenantDump {
    private static final ObjectMapper JSON = CrmJson.newObjectMapper();

    private TenantDump() {
    }

    /** One JSON document holding every record of the tenant, by kind. */
    public static String json(CrmStore store, TenantId tenant) {
        Map<String, List<?>> all = store.inTransaction(tenant, uow -> {
            Map<String, List<?>> records = new LinkedHashMap<>();
            records.put("accounts", Pages.all(p -> uow.accounts().find(AccountQuery.all(), p), 1000));
            records.put("contacts", Pages.all(p -> uow.contacts().find(ContactQuery.all(), p), 1000));
            records.put("deals", Pages.all(p -> uow.deals().find(DealQuery.all(), p), 1000));
            records.put("activities", Pages.all(p -> uow.activities().find(ActivityQuery.all(), p), 1000));
            records.put("stageHistory", Pages.all(p -> uow.stageHistory().find(StageChangeQuery.all(), p), 1000));
            records.put("pipelines", uow.pipelines().findAll());
            List<Object> definitions = new ArrayList<>();
            for (ObjectType type : ObjectType.values()) {
                definitions.addAll(uow.propertyDefinitions().findAll(type));
            }
            records.put("propertyDefinitions", definitions);
            return records;
        });
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
