package org.exportlicence.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportlicence.application.Application;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.seal.SealKey;
import org.exportlicence.seal.SealKeys;

/**
 * 查看电子许可证 → download: the licence as a PDF laid out like the official one, with a QR code of
 * its public verification address and the issuing authority's signature embedded as a PDF
 * signature. The public address comes from the server property {@code elp.public-url}.
 */
@Stateless
public class LicenceDocument {
    static final String PUBLIC_URL_PROPERTY = "elp.public-url";
    private static final String DEFAULT_PUBLIC_URL = "http://localhost:12080/licence";

    @EJB
    private LicenceIssuer licences;

    @EJB
    private SealKeys sealKeys;

    @Inject
    private Clock clock;

    /** The address the QR code of a licence opens. */
    public static String verificationUrl(Licence l) {
        String base = System.getProperty(PUBLIC_URL_PROPERTY, DEFAULT_PUBLIC_URL);
        return base.replaceAll("/+$", "") + "/verify.xhtml?no=" + URLEncoder.encode(l.getNumber(), StandardCharsets.UTF_8)
                + "&code=" + l.getVerificationCode();
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public byte[] pdf(String licenceNumber) {
        Licence l = licences.find(licenceNumber);
        Application a = l.getApplication();
        List<PdfWriter.Box> boxes = new ArrayList<>();
        boxes.add(new PdfWriter.Box("1", "出口商", "Exporter", a.getExporterName() + "  " + a.getExporterCode()));
        boxes.add(new PdfWriter.Box("2", "发货人", "Consignor", a.getConsignorName() + "  " + a.getConsignorCode()));
        boxes.add(new PdfWriter.Box("3", "出口许可证号", "Export licence No.", l.getNumber()));
        boxes.add(new PdfWriter.Box("4", "出口许可证有效截止日期", "Export licence expiry date", l.getExpiryDate().toString()));
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
        boxes.add(new PdfWriter.Box("14", "数量", "Quantity", l.getQuantity().stripTrailingZeros().toPlainString()));
        boxes.add(new PdfWriter.Box("15", "单价（币别）", "Unit price",
                a.getUnitPrice().stripTrailingZeros().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("16", "总值（币别）", "Amount", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("17", "总值折美元", "Amount in USD", a.getTotalUsd().toPlainString()));
        boxes.add(new PdfWriter.Box("18", "总计", "Total", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("19", "备注", "Supplementary details", l.getRemarks()));
        IssuingAuthority authority = l.getAuthority();
        boxes.add(new PdfWriter.Box("20", "发证机关签章", "Issuing authority's stamp & signature", authority.getNameZh()));
        boxes.add(new PdfWriter.Box("21", "发证日期", "Licence date", l.getIssueDate().toString()));
        byte[] unsigned = PdfWriter.form("中华人民共和国出口许可证", "EXPORT LICENCE OF THE PEOPLE'S REPUBLIC OF CHINA",
                "验证码 Verification code: " + l.getVerificationCode(), boxes,
                "扫描二维码或访问 " + verificationUrl(l) + " 核验", qrCode(verificationUrl(l)));
        SealKeys.Signer signer = sealKeys.signerFor(SealKey.OwnerType.AUTHORITY, authority.getCode(),
                LicenceIssuer.authoritySubject(authority));
        return PdfSigning.sign(unsigned, signer.key(), signer.certificate(), authority.getNameZh(),
                "出口许可证 " + l.getNumber(), clock.instant());
    }

    static BufferedImage qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 256, 256,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the QR code", e);
        }
    }
}
