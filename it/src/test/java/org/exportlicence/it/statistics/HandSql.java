package org.exportlicence.it.statistics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The statistics of the benchmark written by hand as one SQL statement each, with the same conditions as
 * the services get: what the database needs at least, to compare the services' queries against. The
 * scope is an enterprise (a clerk of 本公司) or an authority (an officer).
 */
final class HandSql {
    private static final Pattern INDEX =
            Pattern.compile("(?:Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\\w+)");

    private final DataSource dataSource;

    HandSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A statement and its parameters; the scope column's value comes first. */
    record Statement(String name, String sql, List<Object> parameters) {}

    static String scope(boolean officer) {
        return officer ? "l.authority_code = ?" : "l.enterprise_id = ?";
    }

    static Statement monthly(boolean officer, Object scope, int year) {
        return new Statement(
                "统计月报",
                "SELECT EXTRACT(MONTH FROM l.issue_date) AS m, a.unit_code, COUNT(*), SUM(l.quantity), SUM(a.total_usd)"
                        + " FROM licence l JOIN application a ON a.id = l.application_id"
                        + " WHERE " + scope(officer)
                        + " AND l.status <> 'DELETED' AND l.issue_date >= ? AND l.issue_date < ?"
                        + " GROUP BY EXTRACT(MONTH FROM l.issue_date), a.unit_code ORDER BY 1, 2",
                List.of(scope, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1))));
    }

    /** A clerk's 发货人代码 is always their enterprise's (the screen fixes it): {@code consignor}, null for officers. */
    static Statement summary(
            boolean officer, Object scope, boolean byCategory, LocalDate from, LocalDate to, String consignor) {
        String group = byCategory ? "c.category_code" : "a.commodity_code, a.commodity_name";
        List<Object> parameters = new java.util.ArrayList<>(List.of(
                scope,
                Timestamp.valueOf(from.atStartOfDay()),
                Timestamp.valueOf(to.plusDays(1).atStartOfDay())));
        if (consignor != null) {
            parameters.add(consignor);
        }
        return new Statement(
                byCategory ? "综合统计 大类" : "综合统计 商品",
                "SELECT " + group + ", a.unit_code, COUNT(*), SUM(l.quantity), SUM(a.total_usd)"
                        + " FROM licence l JOIN application a ON a.id = l.application_id"
                        + (byCategory ? " JOIN commodity c ON c.id = a.commodity_id" : "")
                        + " WHERE " + scope(officer)
                        + " AND l.status <> 'DELETED' AND a.submitted_at >= ? AND a.submitted_at < ?"
                        + (consignor == null ? "" : " AND a.consignor_code = ?")
                        + " GROUP BY " + group + ", a.unit_code ORDER BY 1",
                parameters);
    }

    /** Grouped as 专项统计 groups: 品名 and 规格等级, exporter, country and unit. */
    static Statement special(boolean officer, Object scope, String categoryCode, int quotaYear) {
        return new Statement(
                "专项统计 " + categoryCode,
                "SELECT a.commodity_name, a.specification, a.exporter_code, MAX(a.exporter_name), a.country_code,"
                        + " a.unit_code, COUNT(*), SUM(a.quantity), SUM(a.total_usd)"
                        + " FROM licence l JOIN application a ON a.id = l.application_id JOIN commodity c ON c.id = a.commodity_id"
                        + " WHERE " + scope(officer)
                        + " AND l.status <> 'DELETED' AND c.category_code = ? AND l.licence_year = ?"
                        + " GROUP BY a.commodity_name, a.specification, a.exporter_code, a.country_code, a.unit_code"
                        + " ORDER BY 6, 1, 2, 3, 5",
                List.of(scope, categoryCode, quotaYear));
    }

    /** Runs the statement and reads every row (the aggregate's groups); returns their number. */
    int run(Statement statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, statement.sql(), statement.parameters());
                ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
            return rows;
        }
    }

    /** The names of the indexes PostgreSQL's plan for the statement uses (none: sequential scans). */
    Set<String> indexesOf(Statement statement) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, "EXPLAIN " + statement.sql(), statement.parameters());
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Matcher m = INDEX.matcher(rs.getString(1));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The database's product name, to tell PostgreSQL (EXPLAIN) from the others. */
    String product() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /** A volume enterprise of the authority with the most licences, as {id, enterprise_code}. */
    Object[] biggestVolumeEnterprise(String authority) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(authority));
        String sql = "SELECT e.id, e.enterprise_code FROM enterprise e WHERE e.authority_code = ?"
                + " AND e.registered_by = 'volume' ORDER BY e.id FETCH FIRST 1 ROWS ONLY";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException(
                        "No volume data under " + authority + ": run bin/platform volume first");
            }
            return new Object[] {rs.getLong(1), rs.getString(2)};
        }
    }

    /** The id of the enterprise with that 13-character code. */
    long enterpriseId(String enterpriseCode) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        prepare(c, "SELECT id FROM enterprise WHERE enterprise_code = ?", List.of(enterpriseCode));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Points a test principal's user at another enterprise (the benchmark's clerk is a volume clerk). */
    void moveUser(String username, long enterpriseId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = prepare(
                        c,
                        "UPDATE app_user SET enterprise_id = ? WHERE username = ?",
                        List.of(enterpriseId, username))) {
            ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof BigDecimal b) {
                ps.setBigDecimal(i + 1, b);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }
}
