package org.exportlicence.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One result of a statistics screen as an .xlsx: the screen's title, the conditions it was computed
 * under (label, value), a header row, then the rows — numbers as number cells, dates as date cells.
 * Streaming (a window of rows in memory), so a long result costs no more heap than a short one.
 *
 * <pre>
 * try (ReportWorkbook book = new ReportWorkbook("统计月报")) {
 *     book.condition("统计年度", "2026").header("月份", "许可证数").row(1, 12);
 *     return book.toBytes();
 * }
 * </pre>
 */
public final class ReportWorkbook implements AutoCloseable {
    private static final int WINDOW = 200;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle bold;
    private int next;

    public ReportWorkbook(String title) {
        sheet = book.createSheet(safeSheetName(title));
        date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = book.createCellStyle();
        dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(next++);
        head.createCell(0).setCellValue(title);
        head.getCell(0).setCellStyle(bold);
    }

    /** One condition the result was computed under; an empty value is written as given (e.g. "全部"). */
    public ReportWorkbook condition(String label, Object value) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(label);
        write(row, 1, value);
        return this;
    }

    /** The column headers (after a blank line below the conditions). */
    public ReportWorkbook header(String... columns) {
        return header(List.of(columns));
    }

    public ReportWorkbook header(List<String> columns) {
        next++;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i));
            row.getCell(i).setCellStyle(bold);
        }
        return this;
    }

    /** One result row: numbers, dates, date-times and text (null is an empty cell). */
    public ReportWorkbook row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            write(row, i, values[i]);
        }
        return this;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the report workbook", e);
        }
    }

    @Override
    public void close() {
        book.dispose();
        try {
            book.close();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot close the report workbook", e);
        }
    }

    private void write(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(dateTime);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
    private static String safeSheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "report" : name.substring(0, Math.min(31, name.length()));
    }
}
