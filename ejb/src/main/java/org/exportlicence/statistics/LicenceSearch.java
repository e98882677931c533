package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.reference.TradeMode;

/**
 * 综合查询 — applications and their licences by many conditions, paged and sorted by the database. The
 * caller's applications only (their data scope; an officer's authority, narrowed to one enterprise
 * when its code is given); deleted applications left out, as in every list.
 */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class LicenceSearch {
    /** At most this many rows go into an export (the page says so). */
    public static final int EXPORT_MAX = 100_000;

    /** The page's sort fields; none chosen, newest application first; the export in filing order. */
    static final Sorting SORTING = Sorting.by("a.id", "a.id")
            .and("applicationNo", "a.number.value")
            .and("submittedAt", "a.submittedAt")
            .and("licenceNo", "l.number.value")
            .and("issueDate", "l.validity.issueDate")
            .and("totalUsd", "a.goods.totalUsd");

    private static final String FROM = "Application a join a.ownership.enterprise e join a.trade.tradeMode m"
            + " join a.trade.country c join a.trade.port p join a.goods.unit u"
            + " left join Licence l on l.application = a";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** One page of the caller's applications (with their licence, if any) that meet the filter. */
    public ResultPage<SearchRow> list(SearchFilter filter, PageRequest page) {
        PageRequest sorted = page.sortField() == null ? new PageRequest(page.first(), page.size(), null, false) : page;
        return query(filter).page(sorted, SORTING);
    }

    /** The whole result as .xlsx (streaming), in filing order, at most {@link #EXPORT_MAX} rows. */
    public byte[] xlsx(SearchFilter filter, Locale locale) {
        ListQuery<SearchRow> query = query(filter);
        TradeMode tradeMode = filter.tradeModeId() == null ? null : em.find(TradeMode.class, filter.tradeModeId());
        try (SearchWorkbook book = new SearchWorkbook(locale, filter, tradeMode, users.caller())) {
            int read = 0;
            while (read < EXPORT_MAX) {
                List<SearchRow> slice = query.slice(read, Math.min(PageRequest.MAX_SIZE, EXPORT_MAX - read), SORTING);
                slice.forEach(book::row);
                read += slice.size();
                if (slice.size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            return book.toBytes();
        }
    }

    private ListQuery<SearchRow> query(SearchFilter filter) {
        check(filter);
        Caller caller = users.caller();
        ListQuery<SearchRow> start = ListQuery.project(em, SearchRow.class, SearchRow.SELECT, "a", FROM);
        // The administrator sees every authority's applications (Caller.scope refuses a caller of no organisation).
        ListQuery<SearchRow> query = (caller.isAdministrator()
                        ? start
                        : start.where(caller.scope(Application.class, "a")))
                .where("a.status <> :deleted", "deleted", ApplicationStatus.DELETED)
                .whereGiven("a.licenceYear = :year", "year", filter.licenceYear())
                .startsWith("a.goods.commodityCode", "commodity", filter.commodityCode())
                .startsWith("a.number.value", "applicationNo", filter.applicationNo())
                .startsWith("l.number.value", "licenceNo", filter.licenceNo())
                .whereGiven("a.status = :status", "status", status(filter.status()))
                .whereGiven("m.id = :tradeMode", "tradeMode", filter.tradeModeId())
                .equalsText("c.code", "country", filter.countryCode())
                .equalsText("p.code", "port", filter.portCode())
                .withinDays("a.submittedAt", "applied", filter.appliedFrom(), filter.appliedTo())
                .between("l.validity.issueDate", "issued", filter.issuedFrom(), filter.issuedTo());
        // A clerk's scope is their enterprise already: a code typed by a clerk changes nothing.
        return caller.isEnterpriseUser()
                ? query
                : query.equalsText("e.enterpriseCode", "enterprise", filter.enterpriseCode());
    }

    /** Refused, and nothing read, when a range ends before it starts or the state is not one. */
    static void check(SearchFilter filter) {
        List<FieldError> errors = new ArrayList<>();
        if (reversed(filter.appliedFrom(), filter.appliedTo())) {
            errors.add(new FieldError("appliedTo", "statistics.query.error.range"));
        }
        if (reversed(filter.issuedFrom(), filter.issuedTo())) {
            errors.add(new FieldError("issuedTo", "statistics.query.error.range"));
        }
        if (filter.status() != null && !filter.status().isBlank() && status(filter.status()) == null) {
            errors.add(new FieldError("status", "statistics.query.error.status"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean reversed(LocalDate from, LocalDate to) {
        return from != null && to != null && from.isAfter(to);
    }

    private static ApplicationStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.name().equals(name.strip()) && s != ApplicationStatus.DELETED)
                .findFirst()
                .orElse(null);
    }
}
