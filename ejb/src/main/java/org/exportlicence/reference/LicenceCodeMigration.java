package org.exportlicence.reference;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 6: gives each issuing body the two-digit code its licence numbers carry (证号 box 3,
 * "year – issuing-body code – serial"). The official codes were not found (refdata REPORT §6), so
 * the project numbers the bodies in the order of issuing_authorities.csv: 01 许可证局, 02 特办天津 …
 */
public class LicenceCodeMigration extends VersionedJavaMigration {

    public LicenceCodeMigration() {
        super("6", "licence codes of issuing authorities");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        List<Map<String, String>> rows = CsvTable.read(
                LicenceCodeMigration.class.getClassLoader().getResourceAsStream("refdata/issuing_authorities.csv"));
        try (PreparedStatement update = context.getConnection()
                .prepareStatement("UPDATE issuing_authority SET licence_code = ? WHERE code = ?")) {
            int number = 1;
            for (Map<String, String> row : rows) {
                update.setString(1, String.format(Locale.ROOT, "%02d", number++));
                update.setString(2, row.get("code"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
