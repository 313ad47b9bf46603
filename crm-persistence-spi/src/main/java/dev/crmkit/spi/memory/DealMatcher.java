package dev.crmkit.spi.memory;

import dev.crmkit.core.model.deal.Deal;
import dev.crmkit.spi.DealQuery;
import java.time.LocalDate;
import java.util.Optional;

/** Whether a deal matches a {@link DealQuery}: every attribute that is set must match. */
final class DealMatcher {
    private DealMatcher() {
    }

    static boolean matches(DealQuery query, Deal deal) {
        Optional<LocalDate> close = deal.expectedCloseDate();
        return (query.pipeline().isEmpty() || deal.pipeline().equals(query.pipeline().get()))
                && (query.stages().isEmpty() || query.stages().contains(deal.stage()))
                && (query.owner().isEmpty() || deal.owner().equals(query.owner()))
                && (query.account().isEmpty() || deal.account().equals(query.account()))
                && (query.contact().isEmpty() || deal.hasContact(query.contact().get()))
                && (query.expectedCloseFrom().isEmpty()
                    || close.map(c -> !c.isBefore(query.expectedCloseFrom().get())).orElse(false))
                && (query.expectedCloseBefore().isEmpty()
                    || close.map(c -> c.isBefore(query.expectedCloseBefore().get())).orElse(false))
                && switch (query.status()) {
                    case ANY -> true;
                    case OPEN -> deal.closedAt().isEmpty();
                    case CLOSED -> deal.closedAt().isPresent();
                };
    }
}
