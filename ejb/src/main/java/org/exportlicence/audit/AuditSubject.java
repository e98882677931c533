package org.exportlicence.audit;

/**
 * What an audit event is about: the kind of record and its business key (an application or licence
 * number, a request id, a quota document number, a user name). Each audited record names its own
 * subject, so the audit trail and the history pages agree on how it is spelt.
 */
public record AuditSubject(String type, String id) {
    public AuditSubject {
        if (type == null || type.isBlank() || id == null) {
            throw new IllegalArgumentException("An audit subject needs a type and an id");
        }
    }

    public static AuditSubject of(String type, Object id) {
        return new AuditSubject(type, String.valueOf(id));
    }
}
