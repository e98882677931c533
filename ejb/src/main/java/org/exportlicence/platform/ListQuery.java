package org.exportlicence.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One list or look-up over an entity, written once for every capability: the caller's scope and the
 * screen's filters (each skipped when its input is empty) joined by "and", counted and paged by the
 * database, sorted only by whitelisted columns. Text a user types is matched literally.
 */
public final class ListQuery<T> {
    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final String from;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();
    private String selection;

    private ListQuery(EntityManager em, Class<T> type, String alias, String from) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.from = from;
        this.selection = alias;
    }

    /**
     * Rows of {@code type} built by {@code constructor} (a JPQL constructor expression, e.g. {@code new
     * org.x.Row(a.id, l.number.value)}) from {@code from}; counted as the rows of {@code alias}.
     */
    public static <T> ListQuery<T> project(
            EntityManager em, Class<T> type, String constructor, String alias, String from) {
        ListQuery<T> query = new ListQuery<>(em, type, alias, from);
        query.selection = constructor;
        return query;
    }

    /** Rows of {@code alias}, read from {@code from} (an entity and alias, optionally with joins). */
    public static <T> ListQuery<T> select(EntityManager em, Class<T> type, String alias, String from) {
        return new ListQuery<>(em, type, alias, from);
    }

    public ListQuery<T> where(Condition condition) {
        parameters.putAll(condition.parameters());
        return and(condition.jpql());
    }

    public ListQuery<T> where(String jpql, String name, Object value) {
        parameters.put(name, value);
        return and(jpql);
    }

    /** A condition on a value that may be absent: no value, no condition. */
    public ListQuery<T> whereGiven(String jpql, String name, Object value) {
        return value == null ? this : where(jpql, name, value);
    }

    /** {@code path} equals the text (a code picked or typed); blank text, no condition. */
    public ListQuery<T> equalsText(String path, String name, String text) {
        return hasText(text) ? where(path + " = :" + name, name, text.strip()) : this;
    }

    /** {@code path} starts with the text (number prefixes, codes). */
    public ListQuery<T> startsWith(String path, String name, String text) {
        return hasText(text) ? where(path + " like :" + name, name, literal(text) + "%") : this;
    }

    /** Any of the paths contains the text (names, codes). */
    public ListQuery<T> contains(String name, String text, String... paths) {
        if (!hasText(text)) {
            return this;
        }
        StringBuilder any = new StringBuilder("(");
        for (String path : paths) {
            any.append(any.length() > 1 ? " or " : "")
                    .append(path)
                    .append(" like :")
                    .append(name);
        }
        return where(any.append(')').toString(), name, "%" + literal(text) + "%");
    }

    /** A timestamp within whole days: from the first day's start to the end of the last; either may be open. */
    public ListQuery<T> withinDays(String path, String name, LocalDate first, LocalDate last) {
        whereGiven(path + " >= :" + name + "From", name + "From", first == null ? null : first.atStartOfDay());
        return whereGiven(
                path + " < :" + name + "To",
                name + "To",
                last == null ? null : last.plusDays(1).atStartOfDay());
    }

    /** A date between two days, both included; either may be open. */
    public ListQuery<T> between(String path, String name, LocalDate first, LocalDate last) {
        whereGiven(path + " >= :" + name + "From", name + "From", first);
        return whereGiven(path + " <= :" + name + "To", name + "To", last);
    }

    public long count() {
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + fromWhere(), Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** One page and the total for the pager; the rows are not read when only the count is asked for. */
    public ResultPage<T> page(PageRequest page, Sorting sorting) {
        long total = count();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(List.of(), total);
        }
        return new ResultPage<>(slice(page.first(), page.size(), sorting.orderBy(page)), total);
    }

    /** Rows {@code first} to {@code first + size} in the list's default order, without a count (exports). */
    public List<T> slice(int first, int size, Sorting sorting) {
        return slice(first, size, sorting.orderBy(PageRequest.of(first, size)));
    }

    private List<T> slice(int first, int size, String orderBy) {
        return rows(orderBy).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public List<T> list(String orderBy) {
        return rows(orderBy).getResultList();
    }

    /**
     * The one row a key names. Not read-locked: a command that changes the row is refused by its
     * version column when someone else changed it first (see StaleData), and EclipseLink writes a
     * read lock's version check on the next query's flush, after which the change itself no longer
     * bumps the version.
     */
    public Optional<T> single() {
        return rows(null).getResultList().stream().findFirst();
    }

    /**
     * Figures computed by the database over the same rows: {@code constructor} (a JPQL constructor
     * expression of {@code R} over aggregates) grouped by {@code groupBy} (none when null), in {@code orderBy}.
     */
    public <R> List<R> grouped(Class<R> result, String constructor, String groupBy, String orderBy) {
        TypedQuery<R> rows = em.createQuery(
                "select " + constructor + fromWhere() + (groupBy == null ? "" : " group by " + groupBy)
                        + (orderBy == null ? "" : " order by " + orderBy),
                result);
        parameters.forEach(rows::setParameter);
        return rows.getResultList();
    }

    /** Wildcards a user types are taken literally (the queries declare no escape, so they are removed). */
    public static String literal(String text) {
        return text.strip().replace("%", "").replace("_", "");
    }

    private TypedQuery<T> rows(String orderBy) {
        TypedQuery<T> rows = em.createQuery(
                "select " + selection + fromWhere() + (orderBy == null ? "" : " order by " + orderBy), type);
        parameters.forEach(rows::setParameter);
        return rows;
    }

    private String fromWhere() {
        return " from " + from + (where.length() == 0 ? "" : " where " + where);
    }

    private ListQuery<T> and(String jpql) {
        where.append(where.length() == 0 ? "" : " and ").append(jpql);
        return this;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
