package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.SignInGuard;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in protection through the real login page over HTTP, with the default numbers (5 failures lock
 * an account, 20 an address, for 15 minutes). Every test makes its own users and signs in from its
 * own loopback addresses (127.R.x.y, R random per run), so no demo account and not 127.0.0.1, which
 * the browser tests sign in from, is ever counted against.
 */
@ExtendWith(ArquillianExtension.class)
class SignInProtectionIT {
    private static final Logger LOG = Logger.getLogger(SignInProtectionIT.class.getName());
    private static final String REFUSED = "用户名或密码不正确。";
    /** Timing: pairs measured (after warm-up) and the allowed ratio of the medians, unknown / wrong. */
    private static final int TIMING_PAIRS = 15;

    private static final int WARM_UP_PAIRS = 3;
    private static final double MIN_RATIO = 0.7;
    private static final double MAX_RATIO = 1.4;

    @EJB
    private SignInFixtures fixtures;

    @EJB
    private SignInGuard guard;

    @EJB
    private AuditTrail audit;

    @EJB
    private AsAdministrator asAdministrator;

    @EJB
    private AsEnterprise asEnterprise;

    /** The request that runs this test inside the server: tells the HTTP port and the context path. */
    @Inject
    private HttpServletRequest runner;

    @Inject
    private IdentityStoreHandler identityStores;

    private String run;
    private String net;

    @BeforeEach
    void names() {
        run = "sg" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        net = "127." + ThreadLocalRandom.current().nextInt(2, 250) + ".";
    }

    private SignInClient from(String address) {
        return new SignInClient(runner.getLocalPort(), runner.getContextPath(), net + address);
    }

    private AuditEvent lastEvent(String type, String subject, String action) throws Exception {
        List<AuditEvent> history = asAdministrator.call(() -> audit.history(AuditSubject.of(type, subject)));
        return history.stream()
                .filter(e -> e.getAction().equals(action))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No " + action + " of " + type + " " + subject));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoThatEvenTheRightOneIsRefusedAlike() throws Exception {
        String user = run + "-brute";
        fixtures.createUsers(user);
        SignInClient client = from("0.11");
        for (int i = 1; i <= 5; i++) {
            SignInClient.Outcome wrong = client.signIn(user, "guess-" + i);
            assertFalse(wrong.signedIn());
            assertEquals(REFUSED, wrong.message());
        }
        assertTrue(asAdministrator.call(() -> guard.isLocked(user)));

        SignInClient.Outcome right = client.signIn(user, SignInFixtures.PASSWORD);
        assertFalse(right.signedIn(), "a locked account must refuse the right password");
        assertEquals(REFUSED, right.message(), "the lock must not show: the same message as a wrong password");
        assertFalse(from("0.12").signIn(user, SignInFixtures.PASSWORD).signedIn(), "the account, not only the address");

        AuditEvent lock = lastEvent("PlatformUser", user, "SIGN_IN_LOCK");
        assertEquals("sign-in-guard", lock.getActor());
        assertTrue(
                lock.getReason().contains("5 failed sign-ins")
                        && lock.getReason().contains(net + "0.11"),
                lock.getReason());
        assertTrue(lock.getToState().startsWith("locked until"), lock.getToState());
        assertNotNull(lock.getOccurredAt());
        asAdministrator.call(() -> {
            guard.unlock(user, "test over");
            return null;
        });
    }

    @Test
    void theAdministratorUnlocksWithAReasonAndTheUserSignsInAgain() throws Exception {
        String user = run + "-unlock";
        fixtures.createUsers(user);
        SignInClient client = from("0.13");
        for (int i = 1; i <= 5; i++) {
            client.signIn(user, "guess-" + i);
        }
        assertFalse(client.signIn(user, SignInFixtures.PASSWORD).signedIn());

        Refusals.assertAccessDenied(() -> asEnterprise.call(() -> {
            guard.unlock(user, "not mine to lift");
            return null;
        }));
        BusinessException noReason = Refusals.refusal(() -> asAdministrator.call(() -> {
            guard.unlock(user, "  ");
            return null;
        }));
        assertEquals("reason", noReason.field());
        assertTrue(asAdministrator.call(() -> guard.isLocked(user)));

        asAdministrator.call(() -> {
            guard.unlock(user, "本人来电核实身份");
            return null;
        });
        assertTrue(client.signIn(user, SignInFixtures.PASSWORD).signedIn());
        AuditEvent unlock = lastEvent("PlatformUser", user, "SIGN_IN_UNLOCK");
        assertEquals("run-as-admin", unlock.getActor());
        assertEquals("本人来电核实身份", unlock.getReason());
        assertTrue(unlock.getFromState().contains("locked until"), unlock.getFromState());
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
        String user = run + "-typo";
        fixtures.createUsers(user);
        SignInClient client = from("0.14");
        for (int i = 1; i <= 4; i++) {
            assertFalse(client.signIn(user, "typo-" + i).signedIn());
        }
        assertEquals(4, asAdministrator.call(() -> guard.failures(user)));
        assertTrue(client.signIn(user, SignInFixtures.PASSWORD).signedIn());
        assertEquals(0, asAdministrator.call(() -> guard.failures(user)));
        assertFalse(client.signIn(user, "typo-again").signedIn());
        assertFalse(asAdministrator.call(() -> guard.isLocked(user)), "one failure after a success is not a fifth");
    }

    @Test
    void twentyFailuresFromOneAddressLockItForEveryAccount() throws Exception {
        String user = run + "-office";
        fixtures.createUsers(user);
        String address = net + "0.21";
        SignInClient sprayer = from("0.21");
        for (int i = 1; i <= 20; i++) {
            SignInClient.Outcome attempt = sprayer.signIn(run + "-nobody-" + i, "Spring2026!");
            assertFalse(attempt.signedIn());
            assertEquals(REFUSED, attempt.message());
        }
        assertTrue(asAdministrator.call(() -> guard.isAddressLocked(address)));
        assertFalse(asAdministrator.call(() -> guard.isLocked(run + "-nobody-20")), "one failure per account only");

        SignInClient.Outcome right = sprayer.signIn(user, SignInFixtures.PASSWORD);
        assertFalse(right.signedIn(), "a locked address refuses every account, even with the right password");
        assertEquals(REFUSED, right.message());
        assertTrue(from("0.22").signIn(user, SignInFixtures.PASSWORD).signedIn(), "other addresses are not locked");

        AuditEvent lock = lastEvent("SignInAddress", address, "SIGN_IN_LOCK");
        assertEquals("sign-in-guard", lock.getActor());
        assertTrue(lock.getReason().startsWith("20 failed sign-ins from this address"), lock.getReason());
        asAdministrator.call(() -> {
            guard.unlockAddress(address, "test over");
            return null;
        });
        assertTrue(sprayer.signIn(user, SignInFixtures.PASSWORD).signedIn());
    }

    /**
     * Only failures count: many right passwords from one address leave no trace, so they are never held
     * back (a delay follows only counted failures) and cannot lock the address the browser tests and
     * the load test sign in from. Wall time is not asserted: on a shared machine it says more about the
     * machine than about the code.
     */
    @Test
    void rightPasswordsAreNeitherCountedNorSlowed() throws Exception {
        String user = run + "-busy";
        fixtures.createUsers(user);
        String address = net + "0.31";
        SignInClient client = from("0.31");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            SignInClient.Outcome outcome = client.signIn(user, SignInFixtures.PASSWORD);
            assertTrue(outcome.signedIn());
            millis.add(outcome.millis());
        }
        LOG.info(() -> "25 right passwords from one address, median " + median(millis) + " ms: " + millis);
        assertEquals(0, asAdministrator.call(() -> guard.addressFailures(address)));
        assertEquals(0, asAdministrator.call(() -> guard.failures(user)));
        assertFalse(client.signIn(user, "typo").signedIn());
        assertEquals(1, asAdministrator.call(() -> guard.addressFailures(address)), "a failure is counted");
    }

    /**
     * The answer to an unknown username takes as long as to a wrong password: medians of 15 pairs
     * (after 3 pairs of warm-up), each pair a fresh unknown name and a fresh user's wrong password
     * from a fresh address, so that neither carries a throttling delay (the first failure in a row has
     * none); the ratio of the medians must lie within 0.7-1.4. Before, it was about 0.2 (10 ms against
     * 48 ms). Measured over HTTP, as an attacker would, rather than at the identity store, because the
     * whole path (counting, status read, store) is what must not tell the two apart.
     */
    @Test
    void unknownUsersAndWrongPasswordsTakeTheSameTime() throws Exception {
        int pairs = WARM_UP_PAIRS + TIMING_PAIRS;
        String[] users = new String[pairs];
        for (int i = 0; i < pairs; i++) {
            users[i] = run + "-t" + i;
        }
        fixtures.createUsers(users);
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            SignInClient client = from("1." + (i + 1));
            SignInClient.Outcome a;
            SignInClient.Outcome b;
            if (i % 2 == 0) {
                a = client.signIn(run + "-ghost" + i, "Wrong#1");
                b = client.signIn(users[i], "Wrong#1");
            } else {
                b = client.signIn(users[i], "Wrong#1");
                a = client.signIn(run + "-ghost" + i, "Wrong#1");
            }
            assertFalse(a.signedIn() || b.signedIn());
            assertEquals(a.message(), b.message());
            if (i >= WARM_UP_PAIRS) {
                unknown.add(a.millis());
                wrong.add(b.millis());
            }
        }
        double medianUnknown = median(unknown);
        double medianWrong = median(wrong);
        double ratio = medianUnknown / medianWrong;
        LOG.info(() -> String.format(
                "Sign-in timing: unknown user median %.1f ms %s, wrong password median %.1f ms %s," + " ratio %.2f",
                medianUnknown, unknown, medianWrong, wrong, ratio));
        assertTrue(
                ratio >= MIN_RATIO && ratio <= MAX_RATIO,
                String.format(
                        "unknown %.1f ms vs wrong password %.1f ms: ratio %.2f outside %.1f-%.1f",
                        medianUnknown, medianWrong, ratio, MIN_RATIO, MAX_RATIO));
    }

    /**
     * The same comparison at the identity store, without HTTP, Faces and the shared machine's noise
     * around it: 30 interleaved checks each (after 5 of warm-up) of an unknown user and of a known
     * user's wrong password; the medians' ratio within 0.7-1.4 (before the dummy hash: about 0.05, a
     * query against a query and 120,000 PBKDF2 rounds). The throttling lives in the login mechanism,
     * so no delay is part of these figures.
     */
    @Test
    void theIdentityStoreDoesTheSameWorkForAnUnknownUserAsForAWrongPassword() {
        String user = run + "-store";
        fixtures.createUsers(user);
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            long a = timedCheck(run + "-nobody", "Wrong#1");
            long b = timedCheck(user, "Wrong#1");
            if (i >= 5) {
                unknown.add(a);
                wrong.add(b);
            }
        }
        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStores
                        .validate(new UsernamePasswordCredential(user, new Password(SignInFixtures.PASSWORD)))
                        .getStatus());
        double ratio = median(unknown) / median(wrong);
        LOG.info(() -> String.format(
                "Identity store timing (µs): unknown median %.0f, wrong password median %.0f," + " ratio %.2f",
                median(unknown), median(wrong), ratio));
        assertTrue(
                ratio >= MIN_RATIO && ratio <= MAX_RATIO,
                String.format("ratio %.2f outside %.1f-%.1f", ratio, MIN_RATIO, MAX_RATIO));
    }

    private long timedCheck(String username, String password) {
        long start = System.nanoTime();
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(username, new Password(password)));
        long micros = (System.nanoTime() - start) / 1_000;
        assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
        return micros;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
