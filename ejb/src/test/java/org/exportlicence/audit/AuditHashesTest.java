package org.exportlicence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AuditHashesTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 3, 10, 15, 0, 123_000_000);

    private static String event(long id, String actor, String subjectId, String reason) {
        return AuditHashes.content(id, AT, actor, "LICENCE", subjectId, "ISSUE", null, "VALID", reason, null);
    }

    @Test
    void theSameEventHashesAlikeAndEveryFieldCounts() {
        String hash = event(1, "second-tj", "26-AB-000001", "ok");
        assertEquals(64, hash.length());
        assertEquals(hash, event(1, "second-tj", "26-AB-000001", "ok"));
        assertNotEquals(hash, event(2, "second-tj", "26-AB-000001", "ok"));
        assertNotEquals(hash, event(1, "second-tj2", "26-AB-000001", "ok"));
        assertNotEquals(hash, event(1, "second-tj", "26-AB-000001", "ok."));
        assertNotEquals(
                hash,
                AuditHashes.content(
                        1,
                        AT.plusNanos(1_000_000),
                        "second-tj",
                        "LICENCE",
                        "26-AB-000001",
                        "ISSUE",
                        null,
                        "VALID",
                        "ok",
                        null));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherAndNullIsNotEmpty() {
        assertNotEquals(event(1, "ab", "c", "x"), event(1, "a", "bc", "x"));
        assertNotEquals(event(1, "a", "b", null), event(1, "a", "b", ""));
        assertNotEquals(
                event(1, "a", "b", null),
                AuditHashes.content(1, AT, "a", "LICENCE", "b", "ISSUE", null, "VALID", null, "0A1B@CN=E-Key CA"));
    }

    @Test
    void aLinkDependsOnThePreviousHashTheNumberAndTheContent() {
        String content = event(1, "a", "b", "c");
        String link = AuditHashes.chain(AuditHashes.GENESIS, 1, content);
        assertNotEquals(link, AuditHashes.chain(AuditHashes.GENESIS, 2, content));
        assertNotEquals(link, AuditHashes.chain(link, 1, content));
        assertNotEquals(link, AuditHashes.chain(AuditHashes.GENESIS, 1, event(1, "a", "b", "d")));
    }
}
