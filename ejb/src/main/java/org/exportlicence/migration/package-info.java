/**
 * 数据库迁移 — the schema by Flyway at start-up (SQL migrations in the resources module plus the Java
 * migrations of the reference data). Runs before every other singleton ({@code @DependsOn}).
 */
package org.exportlicence.migration;
