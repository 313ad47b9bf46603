package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.EntityId;
import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Binds the parameters of a prepared statement in order, so binding code reads like the column list it
 * fills. {@link #reset()} starts over for the next row of a batch.
 */
final class Params {
    private final PreparedStatement statement;
    private final Dialect dialect;
    private int index;

    Params(PreparedStatement statement, Dialect dialect) {
        this.statement = statement;
        this.dialect = dialect;
    }

    PreparedStatement statement() {
        return statement;
    }

    Params reset() {
        index = 0;
        return this;
    }

    Params tenant(TenantId tenant) throws SQLException {
        statement.setString(++index, tenant.value());
        return this;
    }

    Params uuid(UUID value) throws SQLException {
        dialect.setUuid(statement, ++index, value);
        return this;
    }

    Params id(EntityId id) throws SQLException {
        return uuid(id == null ? null : id.value());
    }

    Params id(Optional<? extends EntityId> id) throws SQLException {
        return uuid(id.map(EntityId::value).orElse(null));
    }

    Params string(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.VARCHAR);
        } else {
            statement.setString(++index, value);
        }
        return this;
    }

    Params string(Optional<String> value) throws SQLException {
        return string(value.orElse(null));
    }

    /** Binds a text compared with a {@link Dialect#codePointOrder} sort key. */
    Params codePointKey(String value) throws SQLException {
        dialect.setCodePointKey(statement, ++index, value);
        return this;
    }

    /**
     * Binds a moment truncated to microseconds, the precision every supported database keeps, so each stores
     * the same value (left alone, some would round and some truncate the nanoseconds).
     */
    Params instant(Instant value) throws SQLException {
        Instant micros = value == null || value.getNano() % 1000 == 0 ? value : value.truncatedTo(ChronoUnit.MICROS);
        dialect.setInstant(statement, ++index, micros);
        return this;
    }

    Params instant(Optional<Instant> value) throws SQLException {
        return instant(value.orElse(null));
    }

    Params date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.DATE);
        } else {
            statement.setObject(++index, value);
        }
        return this;
    }

    Params date(Optional<LocalDate> value) throws SQLException {
        return date(value.orElse(null));
    }

    Params decimal(BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(++index, value);
        }
        return this;
    }

    Params longValue(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    Params longValue(Long value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.BIGINT);
        } else {
            statement.setLong(++index, value);
        }
        return this;
    }

    Params intValue(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    Params intValue(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.INTEGER);
        } else {
            statement.setInt(++index, value);
        }
        return this;
    }

    Params bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
        return this;
    }

    Params bool(Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(++index, Types.BOOLEAN);
        } else {
            statement.setBoolean(++index, value);
        }
        return this;
    }

    Params enumName(Enum<?> value) throws SQLException {
        return string(value == null ? null : value.name());
    }

    /** Binds each value with {@code binder}; for {@code IN (...)} lists. */
    <T> Params each(Iterable<T> values, ParamBinder<T> binder) throws SQLException {
        for (T value : values) {
            binder.bind(this, value);
        }
        return this;
    }

    /**
     * Binds a condition written by {@link Sql#keyIn}: the leading values once and then the keys, or, when the
     * dialect writes row values, the leading values again before every key.
     */
    <T> Params keyIn(Session.Binder leading, Iterable<T> keys, ParamBinder<T> binder) throws SQLException {
        if (!dialect.keyListsAsRowValues()) {
            leading.bind(this);
            return each(keys, binder);
        }
        for (T key : keys) {
            leading.bind(this);
            binder.bind(this, key);
        }
        return this;
    }

    /** Binds one value of type {@code T}. */
    @FunctionalInterface
    interface ParamBinder<T> {
        void bind(Params params, T value) throws SQLException;
    }
}
