package dev.crmkit.jdbc.internal;

import dev.crmkit.jdbc.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the columns of a result row in select-list order, so mapping code reads like the select list.
 * {@link #next()} moves to the next row and starts at the first column again.
 */
final class Row {
    private final ResultSet resultSet;
    private final Dialect dialect;
    private int index;

    Row(ResultSet resultSet, Dialect dialect) {
        this.resultSet = resultSet;
        this.dialect = dialect;
    }

    boolean next() throws SQLException {
        index = 0;
        return resultSet.next();
    }

    /** Skips a column. */
    Row skip() {
        index++;
        return this;
    }

    UUID uuid() throws SQLException {
        return dialect.getUuid(resultSet, ++index);
    }

    <I> I id(Function<UUID, I> factory) throws SQLException {
        UUID value = uuid();
        return value == null ? null : factory.apply(value);
    }

    <I> Optional<I> optionalId(Function<UUID, I> factory) throws SQLException {
        return Optional.ofNullable(id(factory));
    }

    String string() throws SQLException {
        return resultSet.getString(++index);
    }

    Optional<String> optionalString() throws SQLException {
        return Optional.ofNullable(string());
    }

    /** A text column where the empty string stands for "absent". */
    Optional<String> emptyAsAbsent() throws SQLException {
        String value = string();
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    Instant instant() throws SQLException {
        return dialect.getInstant(resultSet, ++index);
    }

    Optional<Instant> optionalInstant() throws SQLException {
        return Optional.ofNullable(instant());
    }

    LocalDate date() throws SQLException {
        return resultSet.getObject(++index, LocalDate.class);
    }

    Optional<LocalDate> optionalDate() throws SQLException {
        return Optional.ofNullable(date());
    }

    BigDecimal decimal() throws SQLException {
        return resultSet.getBigDecimal(++index);
    }

    long longValue() throws SQLException {
        return resultSet.getLong(++index);
    }

    Long optionalLong() throws SQLException {
        long value = resultSet.getLong(++index);
        return resultSet.wasNull() ? null : value;
    }

    int intValue() throws SQLException {
        return resultSet.getInt(++index);
    }

    Integer optionalInt() throws SQLException {
        int value = resultSet.getInt(++index);
        return resultSet.wasNull() ? null : value;
    }

    boolean bool() throws SQLException {
        return resultSet.getBoolean(++index);
    }

    Boolean optionalBool() throws SQLException {
        boolean value = resultSet.getBoolean(++index);
        return resultSet.wasNull() ? null : value;
    }

    <E extends Enum<E>> E enumValue(Class<E> type) throws SQLException {
        String value = string();
        return value == null ? null : Enum.valueOf(type, value);
    }
}
