/**
 * 批处理 — the nightly and monthly Jakarta Batch jobs (quota reconciliation, statistics reports,
 * licence expiry): one job XML per job in {@code META-INF/batch-jobs/}, artifacts named after the job.
 * {@code JobMonitor} reports the jobs' state.
 */
package org.exportlicence.batch;
