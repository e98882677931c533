package org.exportlicence.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The two hashes of the audit chain, SHA-256 in lower-case hex. An event's content hash covers its id
 * and every field, each length-prefixed (so no two different events encode alike; null differs from
 * empty); a chain hash links an event to the one before it: {@code H(previous chain hash ‖ chain number ‖
 * content hash)}. Pure functions, shared by the server and the command-line verification.
 */
public final class AuditHashes {
    /** The chain hash "before" the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    private AuditHashes() {}

    public static String content(
            long id,
            LocalDateTime occurredAt,
            String actor,
            String subjectType,
            String subjectId,
            String action,
            String fromState,
            String toState,
            String reason,
            String certificate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(id);
            for (String field : new String[] {
                occurredAt == null ? null : TIME.format(occurredAt),
                actor,
                subjectType,
                subjectId,
                action,
                fromState,
                toState,
                reason,
                certificate
            }) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an audit event", e); // in memory: never happens
        }
        return sha256(bytes.toByteArray());
    }

    public static String chain(String previous, long chainSeq, String contentHash) {
        return sha256((previous + ":" + chainSeq + ":" + contentHash).getBytes(StandardCharsets.US_ASCII));
    }

    /** What a chain-head signature signs. */
    public static byte[] head(long chainSeq, String chainHash) {
        return ("ELP-AUDIT-CHAIN:" + chainSeq + ":" + chainHash).getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
