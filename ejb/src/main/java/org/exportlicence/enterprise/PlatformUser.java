package org.exportlicence.enterprise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.IssuingAuthority;

/**
 * A person who signs in: an enterprise's licence clerk, an officer of an issuing authority or an
 * administrator. The container's identity store reads this table (username, password hash, roles);
 * {@code certificateSubject} binds the user to an electronic key for certificate login.
 */
@Entity
@Table(name = "app_user")
public class PlatformUser implements Serializable, StaleData.Versioned {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 50)
    private String username;

    /** PBKDF2 hash in the self-describing format of Jakarta Security (algorithm:iterations:salt:hash). */
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "authority_code")
    private IssuingAuthority authority;

    private String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope", nullable = false, length = 12)
    private DataScope dataScope;

    @Column(name = "certificate_subject", length = 500)
    private String certificateSubject;

    @Column(nullable = false)
    private boolean active;

    /** Locked by an administrator or the authority (用户管理), until they unlock it; not the sign-in protection's lock. */
    @Column(nullable = false)
    private boolean locked;

    /** A temporary password (new account, reset): every page leads to the password change until it is changed. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 20)
    private Set<String> roles = new HashSet<>();

    @Version
    private int version;

    protected PlatformUser() {}

    private PlatformUser(
            String username, String passwordHash, String displayName, DataScope dataScope, Set<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.dataScope = dataScope;
        this.roles = new HashSet<>(roles);
        this.active = true;
    }

    /** A licence clerk of an enterprise. */
    public static PlatformUser ofEnterprise(
            Enterprise enterprise,
            String username,
            String passwordHash,
            String displayName,
            DataScope dataScope,
            Set<String> roles) {
        PlatformUser user = new PlatformUser(username, passwordHash, displayName, dataScope, roles);
        user.enterprise = enterprise;
        return user;
    }

    /**
     * A licence clerk of an enterprise, in a department of it (which 本部门 scope is about); the
     * department becomes one of the enterprise's if it was not.
     */
    public static PlatformUser ofEnterprise(
            Enterprise enterprise,
            String department,
            String username,
            String passwordHash,
            String displayName,
            DataScope dataScope,
            Set<String> roles) {
        PlatformUser user = ofEnterprise(enterprise, username, passwordHash, displayName, dataScope, roles);
        user.department = department;
        if (department != null) {
            enterprise.departments().add(department);
        }
        return user;
    }

    /** An officer of an issuing authority, in a department of it. */
    public static PlatformUser ofAuthority(
            IssuingAuthority authority,
            String department,
            String username,
            String passwordHash,
            String displayName,
            DataScope dataScope,
            Set<String> roles) {
        PlatformUser user = new PlatformUser(username, passwordHash, displayName, dataScope, roles);
        user.authority = authority;
        user.department = department;
        return user;
    }

    /** An administrator, bound to no enterprise or authority. */
    public static PlatformUser administrator(
            String username, String passwordHash, String displayName, Set<String> roles) {
        return new PlatformUser(username, passwordHash, displayName, DataScope.ORGANISATION, roles);
    }

    /** A new password hash: the user's own choice, or a temporary one that must be changed at the next sign-in. */
    void changePassword(String hash, boolean temporary, LocalDateTime at) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = at;
    }

    void describe(String displayName, String department, DataScope dataScope) {
        this.displayName = displayName;
        this.department = department;
        this.dataScope = dataScope;
    }

    void assignRoles(Set<String> roles) {
        this.roles.retainAll(roles);
        this.roles.addAll(roles);
    }

    /** The subject DN of the certificate the user may sign in with (CA login), or null. */
    void bindCertificate(String subject) {
        this.certificateSubject = subject;
    }

    void lock(boolean locked) {
        this.locked = locked;
    }

    void activate(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public IssuingAuthority getAuthority() {
        return authority;
    }

    public String getDepartment() {
        return department;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
