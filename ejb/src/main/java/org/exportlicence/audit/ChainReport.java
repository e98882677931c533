package org.exportlicence.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What a walk of the audit chain found: how many events it checked up to which chain number, the last
 * signed head, the events not sealed yet, and the first problem (none when the chain is whole).
 */
public record ChainReport(
        long checked,
        long headSeq,
        long lastSignedSeq,
        LocalDateTime lastSignedAt,
        long unsealed,
        LocalDateTime oldestUnsealed,
        Problem problem)
        implements Serializable {

    public boolean whole() {
        return problem == null;
    }

    /** The first defect, at a chain number (0 when it has none) and an event id (null when it has none). */
    public record Problem(Kind kind, long chainSeq, Long eventId) implements Serializable {}

    public enum Kind {
        /** The event's fields no longer give its content hash: the row was altered. */
        ALTERED,
        /** The content agrees but the chain hash does not: a hash was altered or events reordered. */
        LINK_BROKEN,
        /** Chain numbers skip: the events in between were deleted. */
        MISSING,
        /** The chain ends before its recorded or signed head: events at the end were deleted. */
        TAIL_MISSING,
        /** A signed head does not match the chain (it was rewritten) or its signature is not valid. */
        SIGNATURE,
        /** An event not sealed yet no longer gives the content hash written with it. */
        UNSEALED_ALTERED
    }

    @Override
    public String toString() {
        return whole()
                ? "whole: " + checked + " events checked up to chain number " + headSeq + ", last signed at "
                        + lastSignedSeq + ", " + unsealed + " not sealed yet"
                : problem.kind() + " at chain number " + problem.chainSeq() + " (event id " + problem.eventId()
                        + ") after " + checked + " events checked";
    }
}
