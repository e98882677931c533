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
        ListQuery<Licence> query = ListQuery.select(em, Licence.class, "l", FROM)
                .where(caller.scope(Licence.class, "l"))
                .where("l.status <> :deleted", "deleted", LicenceStatus.DELETED);
        // A clerk's scope is their enterprise already: a code typed by a clerk changes nothing.
        return caller.isEnterpriseUser()
                ? query
                : query.equalsText("l.ownership.enterprise.enterpriseCode", "enterpriseCode", enterpriseCode);
    }
}
