package org.exportlicence.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.exportlicence.reference.LicenceCodeMigration;
import org.exportlicence.reference.ReferenceDataMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, at deployment and before anything
 * else touches the database. The schema is only ever created and changed here, by versioned
 * migrations (resources module, {@code db/migration}); JPA never generates it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new ReferenceDataMigration(), new LicenceCodeMigration())
                .placeholders(placeholdersFor(databaseProduct()))
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    /** Column types that differ between the supported databases; everything else is common SQL. */
    static Map<String, String> placeholdersFor(String databaseProduct) {
        String product = databaseProduct.toLowerCase(Locale.ROOT);
        if (product.contains("oracle")) {
            return Map.of("bigint", "NUMBER(19)", "clob", "CLOB");
        }
        if (product.contains("postgres")) {
            return Map.of("bigint", "BIGINT", "clob", "TEXT");
        }
        return Map.of("bigint", "BIGINT", "clob", "CLOB");
    }
}
