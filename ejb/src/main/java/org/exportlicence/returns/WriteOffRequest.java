package org.exportlicence.returns;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.licence.CustomsGateway;
import org.exportlicence.licence.Licence;

/**
 * 许可证核销申请 — an enterprise asks to write off a licence cleared at customs, stating the
 * quantity; saved only when the licence is 已清关 and the quantity is the one customs recorded.
 * Approved, the licence is 已核销 and the quantity it did not use goes back to the quota.
 */
@Entity
@DiscriminatorValue("WRITE_OFF")
public class WriteOffRequest extends ReturnRequest {
    private static final long serialVersionUID = 1L;

    @Column(name = "write_off_quantity", precision = 18, scale = 3)
    private BigDecimal writeOffQuantity;

    protected WriteOffRequest() {}

    WriteOffRequest(Licence licence, String createdBy, LocalDateTime now, String remarks, BigDecimal writeOffQuantity) {
        super(licence, createdBy, now, remarks);
        this.writeOffQuantity = writeOffQuantity;
    }

    @Override
    public RequestKind getKind() {
        return RequestKind.WRITE_OFF;
    }

    @Override
    void checkLicence(LocalDate today) {
        getLicence().checkWriteOff(writeOffQuantity);
    }

    @Override
    BigDecimal takeEffect(LocalDate today) {
        getLicence().writeOff(writeOffQuantity);
        return getLicence().getBalance().getQuantityLeft();
    }

    @Override
    void tellCustoms(CustomsGateway customs, LocalDate today) {
        customs.licenceWrittenOff(
                getLicence(), today, writeOffQuantity, getLicence().getBalance().getQuantityLeft());
    }

    @Override
    void revise(String newRemarks, BigDecimal quantity) {
        super.revise(newRemarks, quantity);
        this.writeOffQuantity = quantity;
    }

    @Override
    public BigDecimal getWriteOffQuantity() {
        return writeOffQuantity;
    }
}
