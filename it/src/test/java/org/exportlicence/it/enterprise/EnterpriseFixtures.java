package org.exportlicence.it.enterprise;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.PlatformUser;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * The tests' enterprises and users: two test enterprises of 商务部驻天津特派员办事处, a user row for
 * each test principal (see test-glassfish-ejb-jar.xml), and quotas made per test.
 * Deployed inside the EJB module, beside the persistence unit.
 */
@Stateless
@PermitAll
public class EnterpriseFixtures {
    public static final String ENTERPRISE_A = "9900000000001";
    public static final String ENTERPRISE_B = "9900000000002";
    public static final String TIANJIN = "TB-天津";
    /** The department of enterprise A's 本人 and 本部门 clerks. */
    public static final String DEPARTMENT_A = "出口一部";

    private static final String NO_LOGIN = "!no-password-login";

    @PersistenceContext
    private EntityManager em;

    public void ensureUsers() {
        if (!em.createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", ENTERPRISE_A)
                .getResultList()
                .isEmpty()) {
            ensureDepartmentClerk();
            ensureBackOfficeUsers();
            return;
        }
        IssuingAuthority tianjin = em.find(IssuingAuthority.class, TIANJIN);
        IssuingAuthority bureau = em.find(IssuingAuthority.class, "QLB");
        Enterprise a = enterprise(ENTERPRISE_A, "91120116MA05TE7TA", "测试甲进出口有限公司", tianjin);
        Enterprise b = enterprise(ENTERPRISE_B, "91120116MA05TE7TB", "测试乙贸易有限公司", tianjin);
        em.persist(PlatformUser.ofEnterprise(
                a, "run-as-enterprise", NO_LOGIN, "测试甲经办", DataScope.ORGANISATION, Set.of(Roles.ENTERPRISE)));
        em.persist(PlatformUser.ofEnterprise(
                a, DEPARTMENT_A, "run-as-enterprise-own", NO_LOGIN, "测试甲经办二", DataScope.OWN, Set.of(Roles.ENTERPRISE)));
        em.persist(PlatformUser.ofEnterprise(
                b, "run-as-enterprise-b", NO_LOGIN, "测试乙经办", DataScope.ORGANISATION, Set.of(Roles.ENTERPRISE)));
        officer(tianjin, "run-as-officer-first", Roles.OFFICER_FIRST);
        officer(tianjin, "run-as-officer-second", Roles.OFFICER_SECOND);
        officer(tianjin, "run-as-officer-both", Roles.OFFICER_FIRST, Roles.OFFICER_SECOND);
        officer(bureau, "run-as-officer-other", Roles.OFFICER_FIRST);
        officer(tianjin, "run-as-issuer", Roles.ISSUER);
        ensureDepartmentClerk();
        ensureBackOfficeUsers();
    }

    /**
     * The back office's principals: a quota officer of Tianjin, one of the bureau (another authority)
     * and the administrator's user row. Apart from the rest, so that an older test database gets them.
     */
    private void ensureBackOfficeUsers() {
        if (!em.createQuery("select u from PlatformUser u where u.username = 'run-as-admin'", PlatformUser.class)
                .getResultList()
                .isEmpty()) {
            return;
        }
        officer(em.find(IssuingAuthority.class, TIANJIN), "run-as-quota-officer", Roles.QUOTA_OFFICER);
        officer(em.find(IssuingAuthority.class, "QLB"), "run-as-quota-officer-other", Roles.QUOTA_OFFICER);
        em.persist(PlatformUser.administrator("run-as-admin", NO_LOGIN, "run-as-admin", Set.of(Roles.ADMIN)));
    }

    /**
     * The 本部门 clerk of enterprise A and the department it shares with the 本人 clerk (the 本公司
     * clerk is in none). Apart from the rest, so that a database made before it exists gets it too.
     */
    private void ensureDepartmentClerk() {
        if (!em.createQuery(
                        "select u from PlatformUser u where u.username = 'run-as-enterprise-dept'", PlatformUser.class)
                .getResultList()
                .isEmpty()) {
            return;
        }
        Enterprise a = em.createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", ENTERPRISE_A)
                .getSingleResult();
        em.persist(PlatformUser.ofEnterprise(
                a,
                DEPARTMENT_A,
                "run-as-enterprise-dept",
                NO_LOGIN,
                "测试甲经办三",
                DataScope.DEPARTMENT,
                Set.of(Roles.ENTERPRISE)));
        // A bulk update, not a native one: it also drops the users cached without the department.
        em.createQuery("update PlatformUser u set u.department = :department "
                        + "where u.username = 'run-as-enterprise-own' and u.department is null")
                .setParameter("department", DEPARTMENT_A)
                .executeUpdate();
    }

    /** A new quota of test enterprise A (or B) under a fresh document number; returns the number. */
    public String quota(String enterpriseCode, String categoryCode, BigDecimal total) {
        Enterprise enterprise = em.createQuery(
                        "select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", enterpriseCode)
                .getSingleResult();
        String documentNo = "T-" + UUID.randomUUID().toString().substring(0, 18);
        em.persist(new Quota(enterprise, 2026, categoryCode, documentNo, em.find(UnitOfMeasure.class, "035"), total));
        return documentNo;
    }

    /**
     * A 2026 quota of a test enterprise under a fixed document number, made unless it is there already
     * (the H2 test database outlives a run); tells whether it was made now.
     */
    public boolean quotaNumbered(String enterpriseCode, String categoryCode, String documentNo, BigDecimal total) {
        if (!em.createQuery("select q.id from Quota q where q.documentNo = :no", Long.class)
                .setParameter("no", documentNo)
                .getResultList()
                .isEmpty()) {
            return false;
        }
        Enterprise enterprise = em.createQuery(
                        "select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", enterpriseCode)
                .getSingleResult();
        em.persist(new Quota(enterprise, 2026, categoryCode, documentNo, em.find(UnitOfMeasure.class, "035"), total));
        return true;
    }

    /** The quota under a document number, as it is in the database now. */
    public Quota quotaNamed(String documentNo) {
        return em.createQuery("select q from Quota q where q.documentNo = :no", Quota.class)
                .setParameter("no", documentNo)
                .getSingleResult();
    }

    private Enterprise enterprise(String code, String usccFirst17, String name, IssuingAuthority authority) {
        Enterprise enterprise =
                new Enterprise(code, Uscc.of(usccFirst17 + Uscc.checkCharacter(usccFirst17)), name, null, authority);
        em.persist(enterprise);
        return enterprise;
    }

    private void officer(IssuingAuthority authority, String username, String... roles) {
        em.persist(PlatformUser.ofAuthority(
                authority, "许可证处", username, NO_LOGIN, username, DataScope.DEPARTMENT, Set.of(roles)));
    }
}
