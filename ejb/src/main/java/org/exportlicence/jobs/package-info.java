/**
 * 批处理记录 — what the batch jobs keep in the platform's own database beside Jakarta Batch's job
 * repository: which due time of a schedule was claimed (so a cluster runs it once) and the items a
 * job's skip policy set aside. The jobs themselves are in the batch module.
 */
package org.exportlicence.jobs;
