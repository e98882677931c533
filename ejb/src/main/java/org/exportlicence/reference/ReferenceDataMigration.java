package org.exportlicence.reference;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 2: loads the 参数列表 code tables and the commodity catalogue from the CSV files under
 * {@code refdata/} (copied from the project's reference data, each row with its source). The CSV
 * files stay the one place the data is kept; this class only maps their columns to the tables.
 */
public class ReferenceDataMigration extends VersionedJavaMigration {

    public ReferenceDataMigration() {
        super("2", "load reference data");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        insert(
                db,
                "country",
                List.of("code", "name_zh", "name_en", "iso3"),
                rows("countries.csv"),
                r -> values(
                        r.get("code"), r.get("name_zh"), r.get("name_en"), blankToNull(r.get("iso3_customs_2018"))));
        insert(
                db,
                "currency",
                List.of("code", "name_zh", "name_en", "numeric_code"),
                rows("currencies.csv"),
                r -> values(
                        r.get("code"),
                        r.get("name_zh"),
                        r.get("name_en"),
                        blankToNull(r.get("legacy_customs_numeric_code"))));
        List<Map<String, String>> units = rows("units.csv");
        insert(
                db,
                "unit_of_measure",
                List.of("code", "name_zh", "name_en"),
                units,
                r -> values(r.get("code"), r.get("name_zh"), r.get("name_en")));
        insert(
                db,
                "payment_method",
                List.of("code", "name_zh", "name_en", "parent_code"),
                rows("payment_methods.csv"),
                r -> values(r.get("code"), r.get("name_zh"), r.get("name_en"), blankToNull(r.get("parent_code"))));
        insert(
                db,
                "customs_port",
                List.of("code", "name_zh", "name_en", "customs_name_zh", "province", "port_level"),
                rows("ports.csv"),
                r -> values(
                        r.get("code"),
                        r.get("name_zh"),
                        r.get("name_en"),
                        blankToNull(r.get("customs_name_zh")),
                        blankToNull(r.get("province")),
                        blankToNull(r.get("level"))));
        insert(
                db,
                "issuing_authority",
                List.of("code", "name_zh", "name_en", "authority_level", "goods_scope"),
                rows("issuing_authorities.csv"),
                r -> values(
                        r.get("code"),
                        r.get("name_zh"),
                        r.get("name_en"),
                        r.get("level"),
                        truncate(blankToNull(r.get("goods_or_scope")), 2000)));
        insert(
                db,
                "price_term",
                List.of("code", "name_zh", "name_en"),
                rows("price_terms.csv"),
                r -> values(
                        r.get("code"),
                        r.get("name_zh"),
                        r.get("name_en").isEmpty() ? r.get("name_zh") : r.get("name_en")));
        insertModes(db, "trade_mode", rows("trade_modes.csv"));
        insertModes(db, "transport_mode", rows("transport_modes.csv"));
        insertCatalogue(db, rows("licence_goods_catalogue.csv"), units);
    }

    private void insertModes(Connection db, String table, List<Map<String, String>> rows) throws SQLException {
        long[] id = {1};
        insert(db, table, List.of("id", "code_system", "code", "name_zh", "name_en", "maps_to"), rows, r -> {
            String system = r.get("code_system");
            CodeSystem codeSystem = system.startsWith("licence_")
                    ? CodeSystem.LICENCE
                    : system.startsWith("stats_") ? CodeSystem.STATS : CodeSystem.CUSTOMS;
            String mapsTo = null;
            int at = system.indexOf("maps_to customs code");
            if (at >= 0) {
                mapsTo = blankToNull(system.substring(at + "maps_to customs code".length())
                        .replace(")", "")
                        .trim());
            }
            return values(
                    id[0]++, codeSystem.name(), blankToNull(r.get("code")), r.get("name_zh"), r.get("name_en"), mapsTo);
        });
    }

    /**
     * Categories get two-digit codes in the order the catalogue lists them; the unit, given by its
     * Chinese name in the catalogue, becomes its customs unit code.
     */
    private void insertCatalogue(Connection db, List<Map<String, String>> rows, List<Map<String, String>> units)
            throws SQLException {
        Map<String, String> unitCodeByName = new HashMap<>();
        units.forEach(u -> unitCodeByName.putIfAbsent(u.get("name_zh"), u.get("code")));
        Map<String, Object[]> categories = new LinkedHashMap<>();
        Map<String, String> categoryCode = new HashMap<>();
        List<Map<String, String>> lines = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String key = r.get("year") + "/" + r.get("category_zh");
            if (!categoryCode.containsKey(key)) {
                String code = String.format(Locale.ROOT, "%02d", categoryCode.size() + 1);
                categoryCode.put(key, code);
                categories.put(
                        key,
                        values(
                                Integer.valueOf(r.get("year")),
                                code,
                                r.get("category_zh"),
                                r.get("category_en"),
                                isYes(r.get("quota_managed"))));
            }
            if (!r.get("hs_code").isEmpty()) {
                lines.add(r);
            }
        }
        insert(
                db,
                "commodity_category",
                List.of("catalogue_year", "code", "name_zh", "name_en", "quota_managed"),
                new ArrayList<>(categories.keySet()),
                categories::get);
        long[] id = {1};
        insert(
                db,
                "commodity",
                List.of(
                        "id",
                        "catalogue_year",
                        "hs_code",
                        "category_code",
                        "name_zh",
                        "unit_code",
                        "quota_managed",
                        "quota_note",
                        "one_batch_one_licence",
                        "issuer_level",
                        "notes"),
                lines,
                r -> {
                    String unit = unitCodeByName.get(r.get("unit"));
                    if (unit == null) {
                        throw new IllegalStateException(
                                "Catalogue unit not in units.csv: " + r.get("unit") + " (" + r.get("hs_code") + ")");
                    }
                    String quota = r.get("quota_managed");
                    String quotaNote = quota.contains("(")
                            ? quota.substring(quota.indexOf('(') + 1, quota.lastIndexOf(')'))
                            : null;
                    return values(
                            id[0]++,
                            Integer.valueOf(r.get("year")),
                            r.get("hs_code"),
                            categoryCode.get(r.get("year") + "/" + r.get("category_zh")),
                            r.get("commodity_name_zh"),
                            unit,
                            isYes(quota),
                            truncate(quotaNote, 200),
                            isYes(r.get("one_batch_one_licence")),
                            truncate(blankToNull(r.get("issuer_level")), 200),
                            truncate(blankToNull(r.get("notes")), 1000));
                });
    }

    private static <R> void insert(
            Connection db, String table, List<String> columns, List<R> rows, Function<R, Object[]> toValues)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (R row : rows) {
                Object[] values = toValues.apply(row);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Map<String, String>> rows(String file) {
        InputStream in = ReferenceDataMigration.class.getClassLoader().getResourceAsStream("refdata/" + file);
        if (in == null) {
            throw new IllegalStateException("Reference data file missing from the build: refdata/" + file);
        }
        return CsvTable.read(in);
    }

    private static Object[] values(Object... values) {
        return values;
    }

    private static boolean isYes(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).startsWith("yes");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
