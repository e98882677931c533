package org.exportlicence.licence;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How long a licence is valid (《货物出口许可证管理办法》, 签发工作规范 第十三、十四条): at most six
 * months, never past 31 December of its year. From 10 December the issuing body issues licences
 * for the next year, valid from 1 January, with "有效期自下一年度1月1日起" in box 19 (bundle key
 * licence.remarks.nextYear).
 */
public record Validity(int licenceYear, LocalDate validFrom, LocalDate expiry, boolean nextYear) {
    static final MonthDay NEXT_YEAR_FROM = MonthDay.of(12, 10);
    static final int MAX_MONTHS = 6;

    public static Validity forIssueOn(LocalDate issueDate) {
        boolean nextYear = !MonthDay.from(issueDate).isBefore(NEXT_YEAR_FROM);
        LocalDate from = nextYear ? LocalDate.of(issueDate.getYear() + 1, 1, 1) : issueDate;
        LocalDate sixMonths = from.plusMonths(MAX_MONTHS).minusDays(1);
        LocalDate yearEnd = LocalDate.of(from.getYear(), 12, 31);
        return new Validity(from.getYear(), from, sixMonths.isBefore(yearEnd) ? sixMonths : yearEnd, nextYear);
    }
}
