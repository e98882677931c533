package org.exportlicence.statistics;

import jakarta.persistence.EntityManager;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.ListQuery;

/**
 * The licences every statistic counts, as one query start shared by the screens: issued licences (a
 * deleted one never left the country and gave its quota back) joined to their application ({@code a}),
 * within the caller's data scope, and — for an officer or the administrator — of one enterprise when its
 * 13-character code is given. Paths: {@code l} the licence, {@code a} its application.
 */
public final class CountedLicences {
    public static final String FROM = "Licence l join l.application a";

    private CountedLicences() {}

    public static ListQuery<Licence> of(EntityManager em, Caller caller, String enterpriseCode) {
        return counted(ListQuery.select(em, Licence.class, "l", FROM), caller, enterpriseCode);
    }

    /** The same licences, read as rows of {@code type} built by {@code constructor} (a JPQL constructor expression). */
    public static <T> ListQuery<T> project(
            EntityManager em, Caller caller, String enterpriseCode, Class<T> type, String constructor) {
        return counted(ListQuery.project(em, type, constructor, "l", FROM), caller, enterpriseCode);
    }

    /**
     * The same licences of every enterprise and authority, for no caller: what the monthly-report job
     * publishes, scope by scope, as the batch jobs' principal.
     */
    static ListQuery<Licence> everyScope(EntityManager em) {
        return ListQuery.select(em, Licence.class, "l", FROM)
                .where("l.status <> :deleted", "deleted", LicenceStatus.DELETED);
    }

    private static <T> ListQuery<T> counted(ListQuery<T> start, Caller caller, String enterpriseCode) {
        // The administrator sees every authority's licences (Caller.scope refuses a caller of no organisation).
        ListQuery<T> scoped = caller.isAdministrator() ? start : start.where(caller.scope(Licence.class, "l"));
        ListQuery<T> query = scoped.where("l.status <> :deleted", "deleted", LicenceStatus.DELETED);
        // A clerk's scope is their enterprise already: a code typed by a clerk changes nothing.
        return caller.isEnterpriseUser()
                ? query
                : query.equalsText("l.ownership.enterprise.enterpriseCode", "enterpriseCode", enterpriseCode);
    }
}
