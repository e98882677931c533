package org.exportlicence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void oracleGetsNumberForBigint() {
        assertEquals("NUMBER(19)", SchemaMigration.placeholdersFor("Oracle").get("bigint"));
    }

    @Test
    void postgresqlAndH2KeepBigint() {
        assertEquals("BIGINT", SchemaMigration.placeholdersFor("PostgreSQL").get("bigint"));
        assertEquals("BIGINT", SchemaMigration.placeholdersFor("H2").get("bigint"));
    }
}
