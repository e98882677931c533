/**
 * 演示数据 — demo enterprises, users and quotas for the run and test domains (never in production:
 * loaded only when the server sets {@code elp.demo-data=true}). Depends on the capabilities it fills;
 * nothing depends on it.
 */
package org.exportlicence.demo;
