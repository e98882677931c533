package org.exportlicence.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.CustomsPort;

/**
 * The conditions of 统计月报 and 综合统计 checked before anything is computed: codes typed must name a
 * row of their code table, a consignor code has 13 characters, a day range runs forwards. Every refused
 * input is reported at once; nothing is computed.
 */
final class StatisticsChecks {
    private static final Pattern CODE_13 = Pattern.compile("[0-9A-Za-z]{13}");

    private final EntityManager em;
    private final List<FieldError> errors = new ArrayList<>();

    StatisticsChecks(EntityManager em) {
        this.em = em;
    }

    StatisticsChecks country(String field, String code) {
        if (hasText(code) && em.find(Country.class, code.strip()) == null) {
            errors.add(new FieldError(field, "statistics.monthly.error.country", code.strip()));
        }
        return this;
    }

    StatisticsChecks port(String field, String code) {
        if (hasText(code) && em.find(CustomsPort.class, code.strip()) == null) {
            errors.add(new FieldError(field, "statistics.monthly.error.port", code.strip()));
        }
        return this;
    }

    StatisticsChecks code13(String field, String code) {
        if (hasText(code) && !CODE_13.matcher(code.strip()).matches()) {
            errors.add(new FieldError(field, "statistics.monthly.error.code13", code.strip()));
        }
        return this;
    }

    StatisticsChecks that(boolean holds, String field, String messageKey) {
        if (!holds) {
            errors.add(new FieldError(field, messageKey));
        }
        return this;
    }

    void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** A number the database returned for an aggregate or EXTRACT (Integer, Long or BigDecimal by dialect). */
    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
