package org.exportlicence.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Failed sign-ins in a row of one account (the username as typed, known or not, so that the
 * protection behaves the same for both) or of one client address, and the lock they led to.
 */
@Entity
@Table(name = "sign_in_counter")
@IdClass(SignInCounter.Key.class)
public class SignInCounter implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The subject column's width; a longer username cannot exist, so its clipped key is harmless. */
    static final int MAX_SUBJECT = 64;

    public enum Kind {
        ACCOUNT,
        ADDRESS
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 7)
    private Kind kind;

    @Id
    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected SignInCounter() {}

    SignInCounter(Kind kind, String subject) {
        this.kind = kind;
        this.subject = subject;
    }

    static String subjectOf(String value) {
        String subject = value == null ? "" : value;
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts one more failure at {@code now}; true when it is the one that locks. A lock that has run
     * out, or failures older than the window, start a fresh count. Never called while locked.
     */
    boolean fail(LocalDateTime now, int lockAfter, SignInPolicy policy) {
        boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
        boolean forgotten = lastFailureAt != null && lastFailureAt.isBefore(now.minus(policy.window()));
        if (lockOver || forgotten) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= lockAfter) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    /** The composite key: kind and subject. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Kind kind;
        private String subject;

        public Key() {}

        public Key(Kind kind, String subject) {
            this.kind = kind;
            this.subject = subjectOf(subject);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind == kind && Objects.equals(key.subject, subject);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, subject);
        }
    }
}
