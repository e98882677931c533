package org.exportlicence.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import org.exportlicence.reference.IssuingAuthority;

/**
 * Whose a record is: the enterprise it belongs to, the issuing authority that decides on it and the
 * clerk who entered it. The data scope of every list is a condition on these three columns
 * ({@link Caller#scope}); an entity that embeds them is {@link Owned}.
 */
@Embeddable
public class Ownership implements Serializable {
    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_code", nullable = false)
    private IssuingAuthority authority;

    @Column(name = "created_by", length = 50, nullable = false)
    private String createdBy;

    protected Ownership() {}

    private Ownership(Enterprise enterprise, IssuingAuthority authority, String createdBy) {
        if (enterprise == null || authority == null || createdBy == null) {
            throw new IllegalArgumentException("An owner needs an enterprise, an authority and a clerk");
        }
        this.enterprise = enterprise;
        this.authority = authority;
        this.createdBy = createdBy;
    }

    /** Entered by a clerk of the enterprise; decided by the enterprise's issuing authority. */
    public static Ownership of(Enterprise enterprise, String createdBy) {
        return new Ownership(enterprise, enterprise.getAuthority(), createdBy);
    }

    /**
     * Entered by a clerk of the enterprise; decided by another authority than the enterprise's (a
     * quota swap goes to the authority that administers the quota).
     */
    public static Ownership of(Enterprise enterprise, IssuingAuthority authority, String createdBy) {
        return new Ownership(enterprise, authority, createdBy);
    }

    /** The same owner (a licence is owned as its application). */
    public Ownership copy() {
        return enteredBy(createdBy);
    }

    /** The same enterprise and authority, another clerk (a request about a licence is the requester's). */
    public Ownership enteredBy(String clerk) {
        return new Ownership(enterprise, authority, clerk);
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public IssuingAuthority authority() {
        return authority;
    }

    public String createdBy() {
        return createdBy;
    }
}
