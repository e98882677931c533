package org.exportlicence.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.SealCheck;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.Roles;

/**
 * 打印申请表 / 已打印申请表: the application form as a PDF laid out like the official one (boxes
 * 1–19 numbered, Chinese labels with the licence's English ones) with the enterprise's seal mark;
 * printing sets the printed flag, reprinting is allowed.
 */
@Stateless
public class ApplicationPrinting {

    @EJB
    private ApplicationService applications;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed(Roles.ENTERPRISE)
    public byte[] print(String number, int seenVersion) {
        Application a = applications.markPrinted(number, seenVersion);
        SealCheck seal = applications.sealCheck(number);
        List<Licence> licences = em.createQuery("select l from Licence l where l.application = :a", Licence.class)
                .setParameter("a", a).getResultList();
        String licenceNo = licences.isEmpty() ? "" : licences.get(0).getNumber();
        List<PdfWriter.Box> boxes = new ArrayList<>();
        boxes.add(new PdfWriter.Box("1", "出口商", "Exporter", a.getExporterName() + "  " + a.getExporterCode()));
        boxes.add(new PdfWriter.Box("2", "发货人", "Consignor", a.getConsignorName() + "  " + a.getConsignorCode()));
        boxes.add(new PdfWriter.Box("3", "出口许可证号", "Export licence No.", licenceNo));
        boxes.add(new PdfWriter.Box("4", "出口许可证有效截止日期", "Export licence expiry date",
                licences.isEmpty() ? "" : licences.get(0).getExpiryDate().toString()));
        boxes.add(new PdfWriter.Box("5", "贸易方式", "Terms of trade", a.getTradeMode().getNameZh()));
        boxes.add(new PdfWriter.Box("6", "合同号", "Contract No.", a.getContractNo()));
        boxes.add(new PdfWriter.Box("7", "报关口岸", "Place of clearance", a.getPort().getCode() + " " + a.getPort().getNameZh()));
        boxes.add(new PdfWriter.Box("8", "进口国（地区）", "Country/Region of purchase",
                a.getCountry().getCode() + " " + a.getCountry().getNameZh()));
        boxes.add(new PdfWriter.Box("9", "付款方式", "Payment conditions", a.getPaymentMethod().getNameZh()));
        boxes.add(new PdfWriter.Box("10", "运输方式", "Mode of transport", a.getTransportMode().getNameZh()));
        boxes.add(new PdfWriter.Box("11", "商品名称 / 商品编码", "Description / Code of goods",
                a.getCommodityName() + "  " + a.getCommodityCode()));
        boxes.add(new PdfWriter.Box("12", "规格、等级", "Specification", a.getSpecification()));
        boxes.add(new PdfWriter.Box("13", "单位", "Unit", a.getUnit().getNameZh()));
        boxes.add(new PdfWriter.Box("14", "数量", "Quantity", a.getQuantity().stripTrailingZeros().toPlainString()));
        boxes.add(new PdfWriter.Box("15", "单价（币别）", "Unit price",
                a.getUnitPrice().stripTrailingZeros().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("16", "总值（币别）", "Amount", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("17", "总值折美元", "Amount in USD", a.getTotalUsd().toPlainString()));
        boxes.add(new PdfWriter.Box("18", "总计", "Total", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("19", "备注", "Supplementary details",
                (a.isOneBatchOneLicence() ? "" : "非一批一证 ") + (a.getQuotaDocumentNo() == null ? "" : "配额文号 "
                        + a.getQuotaDocumentNo() + " ") + (a.getRemarks() == null ? "" : a.getRemarks())));
        String sealMark = "申领单位电子签章 Applicant's seal: " + (seal.valid() ? "有效 valid — " + seal.signer()
                : "无效 INVALID");
        return PdfWriter.form("中华人民共和国出口许可证申请表", "Application for Export Licence of the People's Republic of China",
                "申请表号 Application No. " + a.getNumber() + "    发证机构 " + a.getAuthority().getNameZh(), boxes, sealMark);
    }
}
