package dev.crmkit.jdbc.internal;

import dev.crmkit.core.model.shared.TenantId;
import dev.crmkit.jdbc.dialect.Dialect;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The filter of a dynamic query of one table (alias {@code t}) and the binders of its values, kept in step;
 * it writes the statement, so each condition can say how the rows it keeps are best read. Conditions are the
 * store's own text (column names from allow-listed constants); every value goes through a binder.
 *
 * <p>A condition that keeps many rows (an owner, a stage, a date range) is added with {@link #and}; one that
 * narrows the rows to a few (an id, a key, an email, a domain, a name or its prefix, a parent record, the
 * related records of a timeline) with one of the {@code andNarrowing...} methods, and the page order then
 * lets the planner read those few rows through the condition's index (see {@link #orderBy}).
 */
final class Where {
    private final StringBuilder joins = new StringBuilder();
    private final List<Session.Binder> joinBinders = new ArrayList<>();
    private final StringBuilder sql = new StringBuilder();
    private final List<Session.Binder> binders = new ArrayList<>();
    private final List<Where> anyOf = new ArrayList<>();
    private boolean narrows;
    private String orderingColumn;
    /** The sort columns of a union's page ({@link #orderBy}), which every branch must select. */
    private List<String> unionSortColumns = List.of();

    /** Adds {@code AND condition}, whose markers {@code binder} fills: a condition that keeps many rows. */
    Where and(String condition, Session.Binder binder) {
        sql.append(" AND ").append(condition);
        binders.add(binder);
        return this;
    }

    /** Adds {@code AND condition} without parameters. */
    Where and(String condition) {
        sql.append(" AND ").append(condition);
        return this;
    }

    /** Adds {@code AND condition}: a condition that keeps only a few rows, read through its column's index. */
    Where andNarrowing(String condition, Session.Binder binder) {
        narrows = true;
        return and(condition, binder);
    }

    /**
     * Adds {@code AND column = ?} for a column whose index continues with the page's sort columns
     * ({@code tenant_id, column, sort columns...}), so the page is read in order from that index, no more rows
     * than it holds, on every database; the caller makes sure such an index exists for the order it uses.
     */
    Where andNarrowingInOrder(String column, Session.Binder binder) {
        orderingColumn = orderingColumn == null ? column : orderingColumn;
        return andNarrowing(column + " = ?", binder);
    }

    /**
     * A filter through another table's index: {@code join}, a {@code JOIN ... ON} without markers that matches
     * each row of {@code t} at most once (a child table whose filtered column holds no value twice per
     * owner), and {@code condition} on the joined table, whose markers the caller binds.
     */
    record Through(String join, String condition) {
    }

    /**
     * Narrows through another table's index: adds the join and {@code AND} its condition. A join rather than
     * {@code t.id IN (SELECT ...)}, because H2 looks up an {@code IN} only on an index's first column, always
     * {@code tenant_id}, and would read the whole tenant; every database reads the joined table's index first.
     */
    Where andNarrowingThrough(Through through, Session.Binder binder) {
        joins.append(' ').append(through.join());
        return andNarrowing(through.condition(), binder);
    }

    /**
     * Narrows {@code column} to some keys, {@code AND column IN (?, ...)}. Where the dialect writes key lists
     * as row values (H2) and the keys are not an index's last column, an {@code IN} list would scan the
     * tenant (H2 uses it only on an index's first column, or as a row value covering a whole index), so the
     * keys are a joined {@code VALUES} table instead, which H2 reads first and looks up key by key. The keys
     * must be distinct, so the join matches each row once.
     */
    <T> Where andNarrowingToKeys(Dialect dialect, String column, List<T> keys, Params.ParamBinder<T> binder) {
        if (!dialect.keyListsAsRowValues()) {
            return andNarrowing(column + " IN " + Sql.in(keys.size()), p -> p.each(keys, binder));
        }
        joins.append(" JOIN (VALUES ").append(String.join(", ", Collections.nCopies(keys.size(), "(?)")))
                .append(") k (key_value) ON ").append(column).append(" = k.key_value");
        joinBinders.add(p -> p.each(keys, binder));
        narrows = true;
        return this;
    }

    /**
     * Adds a condition that holds when any of {@code alternatives} holds, each a narrowing filter read through
     * its own index: an {@code OR} where the dialect {@link Dialect#combinesIndexesForOr() reads an OR through
     * several indexes} and no alternative is a join, otherwise a {@code UNION} with one branch per alternative
     * (see {@link #select}). An alternative holds narrowing conditions only (plain {@code andNarrowing} text
     * or key lists).
     */
    Where andNarrowingAnyOf(Dialect dialect, List<Where> alternatives) {
        if (alternatives.size() == 1) {
            return andAll(alternatives.get(0));
        }
        if (dialect.combinesIndexesForOr() && alternatives.stream().allMatch(a -> a.joins.isEmpty())) {
            List<String> conditions = new ArrayList<>();
            List<Session.Binder> each = new ArrayList<>();
            for (Where alternative : alternatives) {
                conditions.add(alternative.sql.substring(" AND ".length()));
                each.addAll(alternative.binders);
            }
            return andNarrowing("(" + String.join(" OR ", conditions) + ")", p -> bindAll(p, each));
        }
        if (!anyOf.isEmpty()) {
            throw new IllegalStateException("one UNION per query");
        }
        anyOf.addAll(alternatives);
        narrows = true;
        return this;
    }

    private Where andAll(Where other) {
        joins.append(other.joins);
        joinBinders.addAll(other.joinBinders);
        sql.append(other.sql);
        binders.addAll(other.binders);
        narrows |= other.narrows;
        return this;
    }

    /**
     * The {@code ORDER BY} of a page in {@code columns} (the sort keys, {@code t.id} last). The tenant is fixed,
     * so putting {@code t.tenant_id} first changes only what the planner makes of the order: it lets H2 read the
     * page in order from an index (H2 sees an index as ordered only when the order starts with its first
     * column), which is right unless the filter narrows the rows. Then the dialect decides (see
     * {@link Dialect#ordersNarrowPagesWithoutTenant()}): H2, which would otherwise read the whole tenant from
     * the sorted index, gets the sort columns alone and sorts the few rows; MariaDB keeps to the filter's index
     * only with {@code tenant_id} first. A narrowing column whose index continues with the sort columns comes
     * after {@code t.tenant_id}, so the page is read in order from that index. A {@code UNION}'s rows are sorted
     * after the union, by the sort columns alone.
     */
    String orderBy(Dialect dialect, boolean descending, List<String> columns) {
        List<String> terms = new ArrayList<>();
        if (anyOf.isEmpty() && orderingColumn != null) {
            terms.add("t.tenant_id");
            terms.add(orderingColumn);
        } else if (anyOf.isEmpty() && !(narrows && dialect.ordersNarrowPagesWithoutTenant())) {
            terms.add("t.tenant_id");
        }
        // a union is ordered by the names of its columns, so each branch selects them (see select)
        if (!anyOf.isEmpty()) {
            unionSortColumns = List.copyOf(columns);
        }
        columns.forEach(column -> terms.add(anyOf.isEmpty() ? column : column.substring(column.indexOf('.') + 1)));
        return terms.stream().map(term -> descending ? term + " DESC" : term).collect(Collectors.joining(", ", " ORDER BY ", ""));
    }

    /**
     * The statement {@code select} (a {@code SELECT ... FROM table t}), this filter's joins, {@code WHERE
     * t.tenant_id = ?}, the conditions, then {@code tail} (an order, a limit, a grouping). For a {@link #isUnion()
     * union}, one such statement per alternative joined by {@code UNION}, then {@code tail}: at the top level
     * of the statement, because H2 plans a {@code LIKE ?} through an index only there, not in a derived
     * table. An activity linked to several of a timeline's records comes once, as {@code UNION} keeps each row
     * once. Bind it with {@link #bind}.
     */
    String select(String select, String tail) {
        return select(select, tail, "t.tenant_id = ?");
    }

    /**
     * {@link #select} for a page: {@code tail} holds this filter's {@link #orderBy}, and the tenant is matched as
     * {@code dialect} needs to read that order from an index ({@link Dialect#tenantMatch}).
     */
    String selectPage(Dialect dialect, String select, String tail) {
        return select(select, tail, dialect.tenantMatch("t.tenant_id"));
    }

    private String select(String select, String tail, String tenantMatch) {
        if (anyOf.isEmpty()) {
            return select + joins + " WHERE " + tenantMatch + sql + tail;
        }
        String branchSelect = selecting(select, unionSortColumns);
        return anyOf.stream().map(branch -> branchSelect + joins + branch.joins + " WHERE " + tenantMatch + sql + branch.sql)
                .collect(Collectors.joining(" UNION ")) + tail;
    }

    /**
     * {@code select} with each of {@code columns} it does not select yet added to its list (a sort column such as
     * H2's code point twin of a name), so a union can be ordered by it; the row mappers read the leading columns
     * by position and never see the additions.
     */
    private static String selecting(String select, List<String> columns) {
        int from = select.indexOf(" FROM ");
        List<String> selected = List.of(select.substring("SELECT ".length(), from).split(",\\s*"));
        String missing = columns.stream().filter(column -> !selected.contains(column))
                .map(column -> ", " + column).collect(Collectors.joining());
        return select.substring(0, from) + missing + select.substring(from);
    }

    /** Whether {@link #select} writes a {@code UNION} of alternatives. */
    boolean isUnion() {
        return !anyOf.isEmpty();
    }

    /** The statement counting the rows of {@code table} this filter keeps (not a union); bind it with {@link #bind}. */
    String count(String table) {
        if (isUnion()) {
            throw new IllegalStateException("a union is counted by its rows");
        }
        return select("SELECT COUNT(*) FROM " + table + " t", "");
    }

    /** Binds the values of a statement this filter wrote, in order: per branch, joins, tenant, conditions. */
    void bind(Params params, TenantId tenant) throws SQLException {
        for (Where branch : anyOf.isEmpty() ? List.of(new Where()) : anyOf) {
            bindAll(params, joinBinders);
            bindAll(params, branch.joinBinders);
            params.tenant(tenant);
            bindAll(params, binders);
            bindAll(params, branch.binders);
        }
    }

    private static void bindAll(Params params, List<Session.Binder> binders) throws SQLException {
        for (Session.Binder binder : binders) {
            binder.bind(params);
        }
    }
}
