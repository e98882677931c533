package org.exportlicence.returns;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.licence.CustomsGateway;
import org.exportlicence.licence.Licence;

/**
 * 许可证删除申请 — an enterprise asks to delete a licence it has not used: saved only while the
 * licence has never been declared at customs (and is still 有效); approved, the licence is 已删除
 * and its whole quantity goes back to the quota.
 */
@Entity
@DiscriminatorValue("DELETION")
public class DeletionRequest extends ReturnRequest {
    private static final long serialVersionUID = 1L;

    protected DeletionRequest() {}

    DeletionRequest(Licence licence, String createdBy, LocalDateTime now, String remarks) {
        super(licence, createdBy, now, remarks);
    }

    @Override
    public RequestKind getKind() {
        return RequestKind.DELETION;
    }

    @Override
    void checkLicence(LocalDate today) {
        getLicence().checkDeletable(today);
    }

    @Override
    BigDecimal takeEffect(LocalDate today) {
        getLicence().delete(today);
        return getLicence().getQuantity();
    }

    @Override
    void tellCustoms(CustomsGateway customs, LocalDate today) {
        customs.licenceDeleted(getLicence(), today, getRemarks());
    }
}
