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
import java.util.List;
import java.util.Map;
import org.exportlicence.application.Application;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.licence.Licences;
import org.exportlicence.platform.MessageBundle;
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
    private Licences licences;

    @EJB
    private SealKeys sealKeys;

    @Inject
    private Clock clock;

    /** The address the QR code of a licence opens. */
    public static String verificationUrl(Licence l) {
        String base = System.getProperty(PUBLIC_URL_PROPERTY, DEFAULT_PUBLIC_URL);
        return base.replaceAll("/+$", "") + "/verify.xhtml?no="
                + URLEncoder.encode(l.getNumber(), StandardCharsets.UTF_8) + "&code="
                + l.getIssuance().getVerificationCode();
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public byte[] pdf(String licenceNumber) {
        Licence l = licences.inScope(licenceNumber);
        Application a = l.getApplication();
        List<PdfWriter.Box> boxes = LicenceFormBoxes.of(
                a, l.getNumber(), l.getValidity().getExpiryDate().toString(), l.getRemarks());
        IssuingAuthority authority = l.getAuthority();
        boxes.add(LicenceFormBoxes.box("20", authority.getNameZh()));
        boxes.add(LicenceFormBoxes.box("21", l.getValidity().getIssueDate().toString()));
        byte[] unsigned = PdfWriter.form(
                MessageBundle.chinese("document.licence.title"),
                MessageBundle.english("document.licence.title"),
                MessageBundle.bilingual("document.licence.verificationCode") + ": "
                        + l.getIssuance().getVerificationCode(),
                boxes,
                MessageBundle.chinese("document.licence.verifyAt", verificationUrl(l)),
                qrCode(verificationUrl(l)));
        SealKeys.Signer signer = sealKeys.signerFor(
                SealKey.OwnerType.AUTHORITY, authority.getCode(), LicenceIssuer.authoritySubject(authority));
        return PdfSigning.sign(
                unsigned,
                signer.key(),
                signer.certificate(),
                authority.getNameZh(),
                MessageBundle.chinese("document.licence.signatureReason", l.getNumber()),
                clock.instant());
    }

    static BufferedImage qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            256,
                            256,
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
