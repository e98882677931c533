package org.exportlicence.document;

import java.util.ArrayList;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.platform.MessageBundle;

/**
 * Boxes 1–19 of the licence form, which the application form and the licence share (refdata REPORT
 * §1): the application's content, with the licence number, expiry date and box 19 as the caller
 * has them (empty on an application not yet issued). The labels are the bundle's document.box.N,
 * printed in Chinese with the English below, as on the official form.
 */
final class LicenceFormBoxes {
    private LicenceFormBoxes() {
    }

    static List<PdfWriter.Box> of(Application a, String licenceNo, String expiryDate, String remarks) {
        List<PdfWriter.Box> boxes = new ArrayList<>();
        boxes.add(box("1", a.getExporterName() + "  " + a.getExporterCode()));
        boxes.add(box("2", a.getConsignorName() + "  " + a.getConsignorCode()));
        boxes.add(box("3", licenceNo));
        boxes.add(box("4", expiryDate));
        boxes.add(box("5", a.getTradeMode().getNameZh()));
        boxes.add(box("6", a.getContractNo()));
        boxes.add(box("7", a.getPort().getCode() + " " + a.getPort().getNameZh()));
        boxes.add(box("8", a.getCountry().getCode() + " " + a.getCountry().getNameZh()));
        boxes.add(box("9", a.getPaymentMethod().getNameZh()));
        boxes.add(box("10", a.getTransportMode().getNameZh()));
        boxes.add(box("11", a.getCommodityName() + "  " + a.getCommodityCode()));
        boxes.add(box("12", a.getSpecification()));
        boxes.add(box("13", a.getUnit().getNameZh()));
        boxes.add(box("14", a.getQuantity().stripTrailingZeros().toPlainString()));
        boxes.add(box("15", a.getUnitPrice().stripTrailingZeros().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(box("16", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(box("17", a.getTotalUsd().toPlainString()));
        boxes.add(box("18", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(box("19", remarks));
        return boxes;
    }

    /** Box {@code number} with its labels in both languages. */
    static PdfWriter.Box box(String number, String value) {
        String label = "document.box." + number;
        return new PdfWriter.Box(number, MessageBundle.chinese(label), MessageBundle.english(label), value);
    }
}
