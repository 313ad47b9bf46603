package dev.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.core.model.contact.AccountLink;
import dev.crmkit.core.model.contact.Contact;
import dev.crmkit.core.model.contact.LifecycleStage;
import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.core.model.pipeline.Pipeline;
import dev.crmkit.core.model.pipeline.PipelineTemplates;
import dev.crmkit.core.model.shared.AccountId;
import dev.crmkit.core.model.shared.ContactId;
import dev.crmkit.core.model.shared.DealId;
import dev.crmkit.core.model.shared.EmailAddress;
import dev.crmkit.core.model.shared.Money;
import dev.crmkit.core.model.shared.PhoneNumber;
import dev.crmkit.core.model.shared.PipelineId;
import dev.crmkit.core.model.shared.PropertyValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonSmokeTest {
    private final ObjectMapper mapper = CrmJson.newObjectMapper();
    private final Instant t0 = Instant.parse("2026-01-05T10:15:30.123456Z");

    @Test
    void dealContactAndPipelineRoundTrip() throws Exception {
        Pipeline pipeline = PipelineTemplates.salesforceStyle(new PipelineId(UUID.randomUUID()), "Sales", t0);
        Deal deal = Deal.builder().id(new DealId(UUID.randomUUID())).name(" Big deal ").pipeline(pipeline.id())
                .stage("prospecting").stageEnteredAt(t0).createdAt(t0)
                .amount(Money.of("1200.50", "EUR")).expectedCloseDate(LocalDate.of(2026, 3, 31))
                .putProperties("product", PropertyValue.choice("GTX"))
                .putProperties("seats", PropertyValue.number(new BigDecimal("12.5")))
                .build();
        Contact contact = Contact.builder().id(new ContactId(UUID.randomUUID())).firstName("Ada")
                .primaryEmail(EmailAddress.of(" Ada@Example.COM ")).addPhones(PhoneNumber.parse("(415) 555-2671", "US"))
                .addAccounts(AccountLink.of(new AccountId(UUID.randomUUID()), "CFO"))
                .lifecycleStage(LifecycleStage.MARKETING_QUALIFIED).putLifecycleEnteredAt(LifecycleStage.LEAD, t0)
                .createdAt(t0).build();

        String dealJson = mapper.writeValueAsString(deal);
        assertThat(dealJson).contains("\"amount\":{\"amount\":\"1200.50\",\"currency\":\"EUR\"}");
        assertThat(mapper.readValue(dealJson, Deal.class)).isEqualTo(deal);
        assertThat(mapper.readValue(mapper.writeValueAsString(contact), Contact.class)).isEqualTo(contact);
        assertThat(mapper.readValue(mapper.writeValueAsString(pipeline), Pipeline.class)).isEqualTo(pipeline);
        assertThat(deal.name()).isEqualTo("Big deal");
        assertThat(contact.primaryEmail().orElseThrow().value()).isEqualTo("Ada@example.com");
        assertThat(contact.phones().get(0).e164()).isEqualTo("+14155552671");
    }
}
