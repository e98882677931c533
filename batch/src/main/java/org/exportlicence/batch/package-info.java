/**
 * 批处理 — the nightly and monthly Jakarta Batch jobs (quota reconciliation, statistics reports,
 * licence expiry): one job XML per job in {@code META-INF/batch-jobs/}, artifacts named after the job.
 * {@code JobControl} is what the 批处理作业 screen watches and steers them through.
 */
package org.exportlicence.batch;
