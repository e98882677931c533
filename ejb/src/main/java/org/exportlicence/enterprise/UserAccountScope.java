package org.exportlicence.enterprise;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import org.exportlicence.platform.Condition;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/**
 * Whose accounts a caller manages (用户管理): the administrator every user's; an authority's officers
 * the clerks of the enterprises of their region only, never an officer's and never another region's.
 * Part of the query, so another authority's officer gets "not found" for an id, as for no such user.
 */
final class UserAccountScope {
    /** A user with their enterprise and its authority, or their own authority (outer joins: either may be absent). */
    static final String FROM =
            "PlatformUser u left join u.enterprise e left join e.authority ea left join u.authority a";

    /** What an authority's user may be given: the officers' work and 批处理作业 (alone or beside it). */
    static final Set<String> OFFICER_ROLES =
            Set.of(Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.OPERATOR);

    private UserAccountScope() {}

    /** The condition on {@link #FROM} of the accounts the caller manages. */
    static Condition of(Caller caller) {
        if (caller.isAdministrator()) {
            return new Condition("1 = 1", Map.of());
        }
        if (caller.isAuthorityUser()) {
            return new Condition("ea.code = :scopeAuthorityCode", Map.of("scopeAuthorityCode", caller.authorityCode()));
        }
        throw new NotFoundException();
    }

    /** The account with this id if the caller manages it; "not found" otherwise. */
    static PlatformUser find(EntityManager em, Caller caller, Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        return ListQuery.select(em, PlatformUser.class, "u", FROM)
                .where(of(caller))
                .where("u.id = :id", "id", id)
                .single()
                .orElseThrow(NotFoundException::new);
    }

    /** The enterprise with this code if the caller may give it clerks (the administrator any, an officer their region's). */
    static Enterprise enterprise(EntityManager em, Caller caller, String code) {
        return ListQuery.select(em, Enterprise.class, "e", "Enterprise e")
                .where(caller.enterpriseScope("e.id", "e.authority.code"))
                .where("e.enterpriseCode = :code", "code", code)
                .single()
                .orElse(null);
    }
}
