package org.exportlicence.web.statistics;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A statistics screen's .xlsx as a download named after the screen and the day: 统计月报-20261203.xlsx. */
public final class ReportDownload {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportDownload() {}

    /** Null (nothing to download) when the export was refused; the refusal is on the page already. */
    public static StreamedContent xlsx(String screen, LocalDate day, byte[] workbook) {
        if (workbook == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(screen + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(workbook))
                .build();
    }
}
