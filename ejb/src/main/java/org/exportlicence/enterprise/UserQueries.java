package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.SignInCounter.Kind;
import org.exportlicence.platform.Condition;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.reference.IssuingAuthority;

/** 用户管理's reads: the accounts the caller manages ({@link UserAccountScope}), one of them, its history. */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class UserQueries {
    private static final Sorting SORTING = Sorting.by("u.username", "u.id")
            .and("username", "u.username")
            .and("displayName", "u.displayName")
            .and("department", "u.department");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory directory;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The list's conditions, each ignored when empty: user name or name, enterprise code or name, authority, state. */
    public record UserFilter(String text, String enterprise, String authorityCode, UserAccountStatus status)
            implements Serializable {}

    /** An enterprise a caller may give clerks, as the account form offers it. */
    public record EnterpriseChoice(String code, String nameZh, String nameEn) implements Serializable {
        // Bean-style getters: Jakarta EL 5 does not read record components.
        public String getCode() {
            return code;
        }

        public String getNameZh() {
            return nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }
    }

    public ResultPage<UserAccountView> list(UserFilter filter, PageRequest page) {
        ListQuery<PlatformUser> query = ListQuery.select(em, PlatformUser.class, "u", UserAccountScope.FROM)
                .where(UserAccountScope.of(directory.caller()))
                .contains("text", filter.text(), "u.username", "u.displayName")
                .contains("enterprise", filter.enterprise(), "e.enterpriseCode", "e.nameZh")
                .whereGiven(
                        "(a.code = :authority or ea.code = :authority)",
                        "authority",
                        blankToNull(filter.authorityCode()));
        if (filter.status() != null) {
            query.where(new Condition(filter.status().condition(), Map.of()));
        }
        ResultPage<PlatformUser> users = query.page(page, SORTING);
        return new ResultPage<>(users.rows().stream().map(UserAccountView::of).toList(), users.total());
    }

    /** One account the caller manages; "not found" for any other id. */
    public UserAccountView one(Long id) {
        return UserAccountView.of(UserAccountScope.find(em, directory.caller(), id));
    }

    /** Its history: 用户管理's changes, password changes, the sign-in protection's locks. */
    public List<AuditEvent> history(Long id) {
        PlatformUser user = UserAccountScope.find(em, directory.caller(), id);
        return audit.history(AuditSubject.of(UserAccounts.AUDIT_TYPE, user.getUsername()));
    }

    /** Until when the sign-in protection locks the account; null when it does not. */
    public LocalDateTime signInLockedUntil(Long id) {
        PlatformUser user = UserAccountScope.find(em, directory.caller(), id);
        return signInLockedUntil(em, user.getUsername(), LocalDateTime.now(clock));
    }

    static LocalDateTime signInLockedUntil(EntityManager em, String username, LocalDateTime now) {
        SignInCounter counter = em.find(SignInCounter.class, new SignInCounter.Key(Kind.ACCOUNT, username));
        return counter != null && counter.isLocked(now) ? counter.getLockedUntil() : null;
    }

    /** The enterprises the caller may give clerks: the administrator all, an officer their region's. */
    public List<EnterpriseChoice> enterprises() {
        return ListQuery.select(em, Enterprise.class, "e", "Enterprise e")
                .where(directory.caller().enterpriseScope("e.id", "e.authority.code"))
                .list("e.enterpriseCode")
                .stream()
                .map(e -> new EnterpriseChoice(e.getEnterpriseCode(), e.getNameZh(), e.getNameEn()))
                .toList();
    }

    /** The issuing authorities, for officers' accounts and the list's filter. */
    public List<IssuingAuthority> authorities() {
        return em.createQuery("select a from IssuingAuthority a order by a.code", IssuingAuthority.class)
                .getResultList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
