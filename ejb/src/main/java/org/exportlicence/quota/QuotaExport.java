package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.platform.Roles;

/**
 * 导出: the filtered quota list as an .xlsx workbook in the reader's language — the allocation list's
 * columns (so an export can be corrected and imported elsewhere), then used, unused and licences. At most
 * {@link QuotaQueries#EXPORT_MAX} rows (the page says so).
 */
@Stateless
@RolesAllowed({Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaExport {
    @EJB
    private QuotaQueries queries;

    public byte[] xlsx(QuotaFilter filter, Locale locale) {
        List<QuotaRow> rows = queries.exportRows(filter);
        List<String> header = new ArrayList<>(AllocationFile.header(locale));
        header.add(MessageBundle.text(locale, "quota.used"));
        header.add(MessageBundle.text(locale, "quota.unused"));
        header.add(MessageBundle.text(locale, "quota.licences"));
        // Streaming: a window of rows in memory, whatever the list's length.
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(MessageBundle.text(locale, "menu.admin.quotas"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (QuotaRow row : rows) {
                Quota q = row.quota();
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(q.getEnterprise().getEnterpriseCode());
                line.createCell(c++).setCellValue(q.getYear());
                line.createCell(c++).setCellValue(q.getCategoryCode());
                line.createCell(c++).setCellValue(q.getDocumentNo());
                line.createCell(c++).setCellValue(q.getTotal().doubleValue());
                line.createCell(c++).setCellValue(q.getUnit().getCode());
                line.createCell(c++)
                        .setCellValue(
                                q.getTradeMode() == null ? "" : q.getTradeMode().getCode());
                line.createCell(c++)
                        .setCellValue(
                                q.getCountry() == null ? "" : q.getCountry().getCode());
                line.createCell(c++).setCellValue(q.getAuthority().getCode());
                line.createCell(c++).setCellValue(q.getUsed().doubleValue());
                line.createCell(c++).setCellValue(q.getUnused().doubleValue());
                line.createCell(c).setCellValue(row.licences());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the quota export", e);
        } finally {
            book.dispose();
        }
    }
}
