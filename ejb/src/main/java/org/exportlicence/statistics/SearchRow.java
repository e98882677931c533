package org.exportlicence.statistics;

import java.io.Serializable;

/** One row of 综合查询: an application and its licence (null fields when none is issued yet). */
public record SearchRow(long applicationId, String applicationNo, Long licenceId, String licenceNo)
        implements Serializable {}
