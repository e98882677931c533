package org.exportlicence.statistics;

import java.io.Serializable;

/**
 * What a step of the monthly-report job's publication came to: the outcome (the job's exit status and
 * its transitions are named after it) and a line for people (month, when, by whom, how many lines).
 */
public record PublicationStep(Outcome outcome, String detail) implements Serializable {

    /** The outcomes, as exit statuses. */
    public enum Outcome {
        /** The month is prepared: the figures may be written. */
        READY,
        /** Refused: the month is the current one or in the future. */
        NOT_CLOSED,
        /** Nothing changed: the month is published and replace was not asked for. */
        ALREADY_PUBLISHED,
        /** Not published: a scope was skipped, so the figures are incomplete. */
        INCOMPLETE,
        /** The month is published for the first time. */
        PUBLISHED,
        /** The month's published snapshot was replaced (replace=true), audited. */
        REPLACED
    }

    /** The exit status: the outcome, then the detail. */
    public String exitStatus() {
        return outcome.name() + " " + detail;
    }
}
