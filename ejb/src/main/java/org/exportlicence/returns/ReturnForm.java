package org.exportlicence.returns;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the enterprise enters on 许可证删除申请 / 许可证核销申请: the licence number (for a new
 * request), its remarks and, for a write-off, the quantity. {@code id} and {@code version} name the
 * request being modified (null for a new one).
 */
public record ReturnForm(
        RequestKind kind, Long id, Integer version, String licenceNo, BigDecimal writeOffQuantity, String remarks)
        implements Serializable {

    public static ReturnForm deletion(String licenceNo, String remarks) {
        return new ReturnForm(RequestKind.DELETION, null, null, licenceNo, null, remarks);
    }

    public static ReturnForm writeOff(String licenceNo, BigDecimal quantity, String remarks) {
        return new ReturnForm(RequestKind.WRITE_OFF, null, null, licenceNo, quantity, remarks);
    }

    /** The same content as a modification of an existing request, at the version the user saw. */
    public ReturnForm modifying(ReturnRequest request) {
        return new ReturnForm(kind, request.getId(), request.getVersion(), licenceNo, writeOffQuantity, remarks);
    }
}
