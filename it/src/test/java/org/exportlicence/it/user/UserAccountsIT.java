package org.exportlicence.it.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.UserAccountAccess;
import org.exportlicence.enterprise.UserAccountForm;
import org.exportlicence.enterprise.UserAccountStatus;
import org.exportlicence.enterprise.UserAccountView;
import org.exportlicence.enterprise.UserAccounts;
import org.exportlicence.enterprise.UserQueries;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.security.SignInClient;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.ValidationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * 用户管理 and 修改密码: accounts made by the administrator and by an authority's officers, their scope,
 * and what locking, deactivating and resetting do to signing in through the real login page over HTTP
 * (each test from its own loopback addresses, 127.R.x.y, so that no lock touches 127.0.0.1).
 */
@ExtendWith(ArquillianExtension.class)
class UserAccountsIT {
    private static final String REFUSED = "用户名或密码不正确。";
    private static final String PASSWORD_PAGE = "/user/password.xhtml";
    private static final String NOT_FOUND = "您要找的内容不存在，或您无权查看。";

    @EJB
    private UserAccounts accounts;

    @EJB
    private UserAccountAccess access;

    @EJB
    private UserQueries queries;

    @EJB
    private AuditTrail audit;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private AsAdministrator admin;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsOtherAuthorityOfficer otherOfficer;

    @EJB
    private AsEnterprise clerk;

    @Inject
    private HttpServletRequest runner;

    private String run;
    private String net;

    @BeforeEach
    void setUp() {
        enterpriseFixtures.ensureUsers();
        run = "ua" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        net = "127." + ThreadLocalRandom.current().nextInt(2, 250) + ".";
    }

    private SignInClient from(String address) {
        return new SignInClient(runner.getLocalPort(), runner.getContextPath(), net + address);
    }

    private static UserAccountForm clerkForm(String username, String password) {
        UserAccountForm f = new UserAccountForm();
        f.setClerk(true);
        f.setUsername(username);
        f.setDisplayName("测试经办 " + username);
        f.setEnterpriseCode(EnterpriseFixtures.ENTERPRISE_A);
        f.setDepartment(EnterpriseFixtures.DEPARTMENT_A);
        f.setDataScope(DataScope.DEPARTMENT);
        f.setInitialPassword(password);
        return f;
    }

    private Long createClerk(String username, String password) throws Exception {
        return admin.call(() -> accounts.create(clerkForm(username, password)));
    }

    private UserAccountView account(Long id) throws Exception {
        return admin.call(() -> queries.one(id));
    }

    private List<String> actions(String username) throws Exception {
        return admin.call(() -> audit.history(AuditSubject.of("PlatformUser", username))).stream()
                .map(AuditEvent::getAction)
                .toList();
    }

    @Test
    void aClerkIsCreatedAuditedAndADuplicateUserNameIsRefusedAtItsField() throws Exception {
        String username = run + ".clerk";
        Long id = createClerk(username, "Harbour2026a");
        UserAccountView created = account(id);
        assertEquals(EnterpriseFixtures.ENTERPRISE_A, created.organisationCode());
        assertEquals(List.of(Roles.ENTERPRISE), created.roles());
        assertEquals(UserAccountStatus.ACTIVE, created.status());
        assertTrue(created.mustChangePassword(), "an initial password is temporary");

        List<AuditEvent> history = admin.call(() -> audit.history(AuditSubject.of("PlatformUser", username)));
        assertEquals(1, history.size());
        AuditEvent create = history.get(0);
        assertEquals("CREATE", create.getAction());
        assertEquals("run-as-admin", create.getActor());
        assertFalse(
                create.getToState().contains("PBKDF2") || create.getToState().contains("Harbour"), create.getToState());

        ValidationException twice = (ValidationException) Refusals.refusal(() -> createClerk(username, "Harbour2026b"));
        assertEquals("username", twice.field());
        assertEquals("user.error.usernameTaken", twice.messageKey());
        BusinessException badName = Refusals.refusal(() -> createClerk("Bad Name!", "Harbour2026b"));
        assertEquals("username", badName.field());
    }

    @Test
    void aLockedUserCannotSignInUntilUnlocked() throws Exception {
        String username = run + ".locked";
        Long id = createClerk(username, "Harbour2026a");
        SignInClient client = from("0.11");
        assertTrue(client.signIn(username, "Harbour2026a").signedIn());

        admin.call(() -> {
            access.lock(id, account(id).version(), "离职交接期间暂停使用");
            return null;
        });
        assertEquals(UserAccountStatus.LOCKED, account(id).status());
        SignInClient.Outcome locked = client.signIn(username, "Harbour2026a");
        assertFalse(locked.signedIn(), "a locked user is refused the right password");
        assertEquals(REFUSED, locked.message(), "and told nothing more than for a wrong password");

        admin.call(() -> {
            access.unlock(id, account(id).version(), "交接完成");
            return null;
        });
        assertTrue(client.signIn(username, "Harbour2026a").signedIn());
        assertTrue(
                actions(username).containsAll(List.of("LOCK", "UNLOCK")),
                actions(username).toString());
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        String username = run + ".gone";
        Long id = createClerk(username, "Harbour2026a");
        admin.call(() -> {
            access.deactivate(id, account(id).version(), "已离职");
            return null;
        });
        assertEquals(UserAccountStatus.INACTIVE, account(id).status());
        SignInClient.Outcome refused = from("0.12").signIn(username, "Harbour2026a");
        assertFalse(refused.signedIn());
        assertEquals(REFUSED, refused.message());
        BusinessException noReason = Refusals.refusal(() -> admin.call(() -> {
            access.reactivate(id, account(id).version(), " ");
            return null;
        }));
        assertEquals("reason", noReason.field());
    }

    @Test
    void afterAResetEveryPageLeadsToThePasswordPageUntilTheTemporaryPasswordIsChanged() throws Exception {
        String username = run + ".reset";
        Long id = createClerk(username, "Harbour2026a");
        String temporary = admin.call(() -> access.resetPassword(id, account(id).version(), null, "忘记密码，本人来电"));
        assertNotEquals("Harbour2026a", temporary);
        assertTrue(account(id).mustChangePassword());
        assertFalse(from("0.13").signIn(username, "Harbour2026a").signedIn(), "the old password is gone");

        SignInClient client = from("0.14");
        SignInClient.Outcome signedIn = client.signIn(username, temporary);
        assertTrue(signedIn.signedIn());
        assertTrue(signedIn.location().endsWith(PASSWORD_PAGE), signedIn.location());
        String session = signedIn.session();
        for (String page : List.of("/index.xhtml", "/application/entry.xhtml", "/licence/list.xhtml")) {
            SignInClient.Answer answer = client.get(page, session);
            assertEquals(302, answer.status(), page);
            assertTrue(answer.location().endsWith(PASSWORD_PAGE), page + " → " + answer.location());
        }
        SignInClient.Answer ajax = client.post("/index.xhtml", session, "jakarta.faces.partial.ajax=true", true);
        assertEquals(200, ajax.status());
        assertTrue(
                ajax.text().contains("<redirect url=\"" + runner.getContextPath() + PASSWORD_PAGE + "\""), ajax.text());

        assertTrue(changePassword(client, session, temporary, "Harbour2026b").contains("密码已修改"));
        assertEquals(200, client.get("/index.xhtml", session).status(), "the pages are open again");
        assertFalse(account(id).mustChangePassword());
        assertTrue(actions(username).containsAll(List.of("RESET_PASSWORD", "PASSWORD_CHANGE")));
        assertTrue(from("0.15").signIn(username, "Harbour2026b").location().endsWith("/index.xhtml"));
    }

    @Test
    void aNewPasswordFollowsThePolicyAndIsNoneOfTheLastFive() throws Exception {
        String username = run + ".policy";
        createClerk(username, "Harbour2026a");
        SignInClient client = from("0.16");
        String session = client.signIn(username, "Harbour2026a").session();

        assertTrue(changePassword(client, session, "Harbour2026a", "Short1").contains("密码至少 10 个字符"));
        assertTrue(changePassword(client, session, "Harbour2026a", "onlyletterspassword")
                .contains("密码须同时包含字母和数字"));
        assertTrue(changePassword(client, session, "Harbour2026a", "x" + username + "42")
                .contains("密码不能包含用户名"));
        assertTrue(
                changePassword(client, session, "Wrong2026zz", "Harbour2026b").contains("当前密码不正确"));
        assertTrue(
                changePassword(client, session, "Harbour2026a", "Harbour2026a").contains("不能使用最近 5 次用过的密码"));

        String current = "Harbour2026a";
        for (String next : List.of("Season2026p1", "Season2026p2", "Season2026p3", "Season2026p4", "Season2026p5")) {
            assertTrue(changePassword(client, session, current, next).contains("密码已修改"), next);
            current = next;
        }
        assertTrue(
                changePassword(client, session, current, "Season2026p1").contains("不能使用最近 5 次用过的密码"),
                "the fifth last is still remembered");
        assertTrue(
                changePassword(client, session, current, "Harbour2026a").contains("密码已修改"),
                "the sixth last is forgotten");
        assertTrue(from("0.17").signIn(username, "Harbour2026a").signedIn());
    }

    private record Session(SignInClient client, String cookie) {
        SignInClient.Answer get(String page) {
            return client.get(page, cookie);
        }
    }

    /** A new officer of the authority, signed in over HTTP, their initial password changed. */
    private Session officerSignedIn(String username, String authority, String address) throws Exception {
        UserAccountForm f = clerkForm(username, "Harbour2026a");
        f.setClerk(false);
        f.setAuthorityCode(authority);
        f.setRoles(List.of(Roles.OFFICER_FIRST));
        admin.call(() -> accounts.create(f));
        SignInClient client = from(address);
        String cookie = client.signIn(username, "Harbour2026a").session();
        assertTrue(
                changePassword(client, cookie, "Harbour2026a", "Harbour2026z").contains("密码已修改"));
        return new Session(client, cookie);
    }

    @Test
    void theAccountPagesShowAnOfficerTheirRegionsClerksAndAnotherRegionsOfficerNothingEvenById() throws Exception {
        String username = run + ".page";
        Long id = createClerk(username, "Harbour2026a");
        Session tianjin = officerSignedIn(run + ".tj", EnterpriseFixtures.TIANJIN, "0.18");
        Session bureau = officerSignedIn(run + ".qlb", "QLB", "0.19");

        SignInClient.Answer list = tianjin.get("/user/list.xhtml");
        assertEquals(200, list.status(), list.text());
        assertTrue(list.text().contains("新建用户"), list.text());
        SignInClient.Answer account = tianjin.get("/user/account.xhtml?id=" + id);
        assertEquals(200, account.status());
        assertTrue(account.text().contains(username) && !account.text().contains(NOT_FOUND), account.text());
        assertTrue(tianjin.get("/user/account.xhtml").text().contains("初始密码"));

        SignInClient.Answer foreign = bureau.get("/user/account.xhtml?id=" + id);
        assertTrue(foreign.text().contains(NOT_FOUND), foreign.text());
        assertFalse(foreign.text().contains(username));
        assertTrue(bureau.get("/user/account.xhtml?id=x").text().contains(NOT_FOUND));
    }

    /** Posts 修改密码 as the browser does (the form's fields, view state and nonce); the answer's text. */
    private static String changePassword(SignInClient client, String session, String current, String next) {
        SignInClient.Answer page = client.get(PASSWORD_PAGE, session);
        assertEquals(200, page.status(), page.text());
        String form = "password=password&password%3AcurrentPassword=" + SignInClient.encode(current)
                + "&password%3AnewPassword=" + SignInClient.encode(next) + "&password%3Aconfirmation="
                + SignInClient.encode(next) + "&password%3Achange=&" + page.formState();
        SignInClient.Answer answer = client.post(PASSWORD_PAGE, session, form, false);
        assertEquals(200, answer.status(), answer.text());
        return answer.text();
    }

    @Test
    void anotherAuthoritysOfficerNeitherSeesNorChangesTheseClerks() throws Exception {
        String username = run + ".region";
        Long id = createClerk(username, "Harbour2026a");
        UserQueries.UserFilter byName = new UserQueries.UserFilter(username, null, null, null);
        assertEquals(
                1,
                officer.call(() -> queries.list(byName, new PageRequest(0, 20, null, true)))
                        .total());
        assertEquals(username, officer.call(() -> queries.one(id)).username());

        assertEquals(
                0,
                otherOfficer
                        .call(() -> queries.list(byName, new PageRequest(0, 20, null, true)))
                        .total());
        int version = account(id).version();
        for (Executable call : List.<Executable>of(
                () -> otherOfficer.call(() -> queries.one(id)),
                () -> otherOfficer.call(() -> queries.history(id)),
                () -> otherOfficer.call(() -> {
                    access.lock(id, version, "不是本关区的企业");
                    return null;
                }),
                () -> otherOfficer.call(() -> access.resetPassword(id, version, null, "不是本关区的企业")))) {
            assertEquals("error.notFound", Refusals.refusal(call).messageKey());
        }
        assertEquals(UserAccountStatus.ACTIVE, account(id).status());
        assertEquals(List.of("CREATE"), actions(username));
        BusinessException otherRegion = Refusals.refusal(
                () -> otherOfficer.call(() -> accounts.create(clerkForm(run + ".other", "Harbour2026a"))));
        assertEquals("enterpriseCode", otherRegion.field());
    }

    @Test
    void anOfficerManagesClerksButNotOfficers() throws Exception {
        Long clerkId = officer.call(() -> accounts.create(clerkForm(run + ".byofficer", "Harbour2026a")));
        assertEquals(EnterpriseFixtures.ENTERPRISE_A, account(clerkId).organisationCode());

        UserAccountForm officerForm = clerkForm(run + ".officer", "Harbour2026a");
        officerForm.setClerk(false);
        officerForm.setAuthorityCode(EnterpriseFixtures.TIANJIN);
        officerForm.setRoles(List.of(Roles.OFFICER_FIRST));
        assertEquals(
                "user.error.officerByAdministrator",
                Refusals.refusal(() -> officer.call(() -> accounts.create(officerForm)))
                        .messageKey());
        Long officerId = admin.call(() -> accounts.create(officerForm));
        assertEquals(List.of(Roles.OFFICER_FIRST), account(officerId).roles());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> officer.call(() -> queries.one(officerId)))
                        .messageKey(),
                "an officer does not reach an officer's account, even of their own authority");
    }

    @Test
    void anEnterpriseUserIsRefusedByTheContainer() {
        Refusals.assertAccessDenied(() -> clerk.call(() ->
                queries.list(new UserQueries.UserFilter(null, null, null, null), new PageRequest(0, 20, null, true))));
        Refusals.assertAccessDenied(() -> clerk.call(() -> accounts.create(clerkForm(run + ".self", "Harbour2026a"))));
        Refusals.assertAccessDenied(() -> clerk.call(() -> {
            access.lock(1L, 0, "x");
            return null;
        }));
    }
}
