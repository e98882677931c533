package org.exportlicence.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.exportlicence.seal.SmCrypto;

/**
 * Signs a PDF the way PDF readers expect (ISO 32000 adbe.pkcs7.detached): a signature field whose
 * value is a detached CMS signature over the file's byte ranges — here SM3withSM2 with the signer's
 * certificate from the project's CA, verifiable with Bouncy Castle or a reader that knows the
 * Chinese algorithms.
 */
public final class PdfSigning {
    private PdfSigning() {}

    public static byte[] sign(
            byte[] pdf, PrivateKey key, X509Certificate certificate, String name, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            Calendar signDate = new GregorianCalendar();
            signDate.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(signDate);
            document.addSignature(
                    signature, content -> SmCrypto.signDetached(content.readAllBytes(), key, certificate, at));
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }
}
