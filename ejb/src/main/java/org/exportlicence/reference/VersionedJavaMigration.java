package org.exportlicence.reference;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/** A Java migration registered explicitly with Flyway (no class-path scanning in the application server). */
abstract class VersionedJavaMigration implements JavaMigration {
    private final MigrationVersion version;
    private final String description;

    protected VersionedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** Java migrations carry no checksum: their input files are part of the build. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
