package org.exportlicence.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One of a user's last passwords, as its hash only (own salt), so that a new password is not one of them. */
@Entity
@Table(name = "password_history")
public class PasswordHistoryEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_history_seq")
    @SequenceGenerator(name = "password_history_seq", sequenceName = "password_history_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private PlatformUser user;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected PasswordHistoryEntry() {}

    PasswordHistoryEntry(PlatformUser user, String passwordHash, LocalDateTime changedAt) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
