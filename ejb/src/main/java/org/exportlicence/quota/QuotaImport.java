package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.Roles;

/**
 * 导入配额: a year's allocation list (.xlsx or .csv, see {@link AllocationFile}). Every row is checked
 * first by the allocation rules ({@link AllocationChecks}), a document number twice in the list being
 * refused as well; the report lists every bad row. Only a list without any is imported, all of it in
 * one transaction, each quota audited as allocated.
 */
@Stateless
@RolesAllowed({Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaImport {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Checks the list and imports nothing. */
    public ImportReport check(String fileName, byte[] content) {
        List<Quota> quotas = new ArrayList<>();
        return checked(fileName, content, quotas);
    }

    /** Imports the list when every row is good; otherwise imports nothing and reports the bad rows. */
    public ImportReport importAll(String fileName, byte[] content) {
        List<Quota> quotas = new ArrayList<>();
        ImportReport report = checked(fileName, content, quotas);
        if (!report.isGood()) {
            return report;
        }
        for (Quota quota : quotas) {
            AllocationChecks.save(em, audit, quota, "IMPORT");
        }
        try {
            // Written now: a number allocated meanwhile by someone else is refused by the unique key.
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("quota.import.raced");
        }
        return new ImportReport(report.rows(), quotas.size(), List.of());
    }

    /** 下载模板 (format "xlsx" or "csv"), headed in the reader's language. */
    public byte[] template(String format, Locale locale) {
        return AllocationFile.template(format, locale);
    }

    private ImportReport checked(String fileName, byte[] content, List<Quota> quotas) {
        List<AllocationFile.Line> lines = AllocationFile.read(fileName, content);
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add(new ImportReport.Problem(0, null, "quota.import.empty"));
        }
        AllocationChecks checks = new AllocationChecks(em, users.caller());
        Set<String> numbers = new HashSet<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (AllocationFile.Line line : lines) {
            List<FieldError> errors = new ArrayList<>();
            QuotaAllocation allocation = allocation(line, errors);
            Quota quota = checks.check(allocation, numbers, errors, now);
            if (quota != null && errors.isEmpty()) {
                quotas.add(quota);
            }
            // A cell that could not be read also refuses the field it names ("required"): keep the first.
            Set<String> reported = new HashSet<>();
            for (FieldError e : errors) {
                if (reported.add(e.field())) {
                    problems.add(new ImportReport.Problem(line.number(), e.field(), e.messageKey(), e.arguments()));
                }
            }
        }
        return new ImportReport(lines.size(), 0, problems);
    }

    private static QuotaAllocation allocation(AllocationFile.Line line, List<FieldError> errors) {
        return new QuotaAllocation(
                line.cell("enterpriseCode"),
                year(line.cell("year"), errors),
                line.cell("categoryCode"),
                line.cell("documentNo"),
                quantity(line.cell("quantity"), errors),
                line.cell("unitCode"),
                line.cell("tradeModeCode"),
                line.cell("countryCode"),
                line.cell("authorityCode"));
    }

    private static Integer year(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d{4}")) {
            return Integer.valueOf(text);
        }
        errors.add(new FieldError("year", "quota.error.yearFormat", text));
        return null;
    }

    private static BigDecimal quantity(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("quantity", "quota.error.quantityFormat", AllocationChecks.QUANTITY_SCALE));
            return null;
        }
    }
}
