package org.exportlicence.licence;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What customs reports about one declaration that used a licence (the usage message's content);
 * {@code lastUse}: customs will clear nothing more under the licence.
 */
public record UsageDeclaration(
        String licenceNo,
        String declarationNo,
        LocalDate declarationDate,
        String portCode,
        int goodsLine,
        BigDecimal quantity,
        String unitCode,
        boolean lastUse,
        String messageId) {}
