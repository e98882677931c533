package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import org.exportlicence.platform.BusinessException;

/**
 * How long a licence is valid (《货物出口许可证管理办法》, 签发工作规范 第十三、十四条): at most six
 * months, never past 31 December of its year. From 10 December the issuing body issues licences
 * for the next year, valid from 1 January, with "有效期自下一年度1月1日起" in box 19 (bundle key
 * licence.remarks.nextYear). Fixed when the licence is issued.
 */
@Embeddable
public class Validity implements Serializable {
    static final MonthDay NEXT_YEAR_FROM = MonthDay.of(12, 10);
    static final int MAX_MONTHS = 6;
    private static final long serialVersionUID = 1L;

    @Column(name = "licence_year", nullable = false)
    private int licenceYear;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Box 4. */
    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    protected Validity() {}

    private Validity(LocalDate issueDate, LocalDate validFrom, LocalDate expiryDate) {
        this.licenceYear = validFrom.getYear();
        this.issueDate = issueDate;
        this.validFrom = validFrom;
        this.expiryDate = expiryDate;
    }

    public static Validity forIssueOn(LocalDate issueDate) {
        boolean nextYear = !MonthDay.from(issueDate).isBefore(NEXT_YEAR_FROM);
        LocalDate from = nextYear ? LocalDate.of(issueDate.getYear() + 1, 1, 1) : issueDate;
        LocalDate sixMonths = from.plusMonths(MAX_MONTHS).minusDays(1);
        LocalDate yearEnd = LocalDate.of(from.getYear(), 12, 31);
        return new Validity(issueDate, from, sixMonths.isBefore(yearEnd) ? sixMonths : yearEnd);
    }

    /** Whether it was issued for the next year: valid only from a later 1 January. */
    public boolean isNextYear() {
        return validFrom.isAfter(issueDate);
    }

    /** Why customs may not clear with a declaration of that date (expired, not yet valid); null when it may. */
    UsageRefusal refusalOn(LocalDate declarationDate) {
        if (declarationDate.isAfter(expiryDate)) {
            return UsageRefusal.LICENCE_EXPIRED;
        }
        if (declarationDate.isBefore(validFrom)) {
            return UsageRefusal.LICENCE_NOT_YET_VALID;
        }
        return null;
    }

    /** Refuses, saying why, if that day is past the expiry date (an expired licence is not deleted). */
    void checkNotExpired(String licenceNo, LocalDate today) {
        if (expiryDate.isBefore(today)) {
            throw new BusinessException("licence.error.expired", licenceNo, expiryDate.toString());
        }
    }

    public int getLicenceYear() {
        return licenceYear;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }
}
