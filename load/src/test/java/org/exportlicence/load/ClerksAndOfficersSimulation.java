package org.exportlicence.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enterprise clerks and licensing officers at once, as the screens drive the server: sign in, 录入申请
 * step 1 → 下一步 → 保存并盖章, 上报 from 上报申请, paging that list; officers approve at 初审 what the
 * clerks submit. Half the clerks sign in as {@code hualiang} (rice, 天津), half as {@code zhongneng}
 * (coal, 配额许可证事务局), so that many sessions of one user and one enterprise work side by side.
 *
 * <p>Every step checks the answer the way a clerk reads it: the new 申请表号 on the form, the
 * "已上报" message naming exactly that number. A number told to two sessions is counted as a
 * duplicate; the counts are written to {@code load.result} for bin/platform load to print.
 *
 * <p>With {@code load.issue=true} (the cluster test's 500 licences) the road goes on to the end: 复审
 * officers ({@code second-tj}, {@code second-qlb}) approve at 复审 and issue (签发) until every submitted
 * application is a licence; the licence numbers are written to {@code load.licences}.
 */
public class ClerksAndOfficersSimulation extends Simulation {

    static final String BASE = System.getProperty("load.baseUrl", "http://localhost:18080/licence");
    static final int SESSIONS = Integer.getInteger("load.sessions", 50);
    static final int PER_SESSION = Integer.getInteger("load.perSession", 20);
    static final int OFFICERS = Integer.getInteger("load.officers", 2);
    /** Whether officers also approve at 复审 and issue the licences. */
    static final boolean ISSUE = Boolean.getBoolean("load.issue");

    static final String LICENCES = System.getProperty("load.licences", "target/load-licences.txt");
    static final String RESULT = System.getProperty("load.result", "target/load-result.txt");
    static final String PASSWORD = "Demo@2026";
    /** Rows per page of 上报申请, and how far a clerk pages to find their application. */
    static final int ROWS = 20;

    static final int MAX_PAGES = 10;

    /** Which session was told each new application number; a second session told the same is a duplicate. */
    static final Map<String, String> NUMBER_OWNER = new ConcurrentHashMap<>();

    static final AtomicInteger ATTEMPTED = new AtomicInteger();
    static final AtomicInteger SAVED = new AtomicInteger();
    static final AtomicInteger SUBMITTED = new AtomicInteger();
    static final AtomicInteger DUPLICATES = new AtomicInteger();
    static final AtomicInteger APPROVED = new AtomicInteger();
    static final AtomicInteger APPROVED_SECOND = new AtomicInteger();
    /** The licences issued, by number. */
    static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();
    /** Which officer each officer session signs in as: 初审 ones first, then 复审 and 签发 ones. */
    static final AtomicInteger OFFICER_SESSIONS = new AtomicInteger();

    /** Who the officer sessions are, in turn: 初审 only, or (issuing) 复审 and 签发 taking two of every three. */
    static final List<String> FIRST_OFFICERS = List.of("first-tj", "first-qlb");

    static final List<String> ISSUING_OFFICERS =
            List.of("first-tj", "first-qlb", "second-tj", "second-qlb", "second-tj", "second-qlb");
    /** Clerk sessions finished: the officers work until the last clerk is done. */
    static final AtomicInteger CLERKS_DONE = new AtomicInteger();

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The ViewState of a full page, or of a partial response's update. */
    /** PrimeFaces' CSP nonce of the page, which its script adds to every post. */
    static final String NONCE = "primefaces.nonce";

    static final String NONCE_IN_PAGE = "nonce=\"([^\"]+)\"";
    static final String VIEW_STATE_IN_PAGE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";

    private final HttpProtocolBuilder protocol = (Boolean.getBoolean("load.shareConnections")
                    ? http.shareConnections()
                    : http)
            .baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("elp-load/1.0 (Gatling)")
            .disableCaching()
            .maxConnectionsPerHost(Integer.getInteger("load.connectionsPerUser", 1));

    /** A Faces Ajax postback of {@code source} in form {@code form}, with the session's ViewState. */
    static HttpRequestActionBuilder ajax(
            String name, String path, String form, String source, String execute, String render) {
        return http(name)
                .post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(source, source)
                .formParam(form, form)
                .formParam(VIEW_STATE, "#{viewState}")
                .formParam(NONCE, "#{nonce}")
                .check(status().is(200))
                // A partial response that carries an exception is a failure, whatever its HTTP status.
                .check(substring("<error>").notExists())
                .check(substring("<redirect").notExists());
    }

    static ChainBuilder signIn(String who) {
        return exec(http("sign-in page")
                        .get("/login.xhtml")
                        .check(status().is(200))
                        .check(
                                regex(VIEW_STATE_IN_PAGE).saveAs("viewState"),
                                regex(NONCE_IN_PAGE).saveAs("nonce")))
                .exec(http("sign in")
                        .post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:next", "")
                        .formParam("login:username", who)
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .formParam(NONCE, "#{nonce}")
                        .check(status().is(200))
                        // Signed in: the layout names the user; the login form is gone.
                        .check(substring("id=\"login:password\"").notExists()));
    }

    /** One application of the clerk's enterprise: 录入申请 → 下一步 → 保存并盖章 → 上报 → paging 上报申请. */
    static ChainBuilder oneApplication() {
        return exec(session -> {
                    ATTEMPTED.incrementAndGet();
                    return session;
                })
                .exec(http("录入申请")
                        .get("/application/entry.xhtml")
                        .check(status().is(200))
                        .check(
                                regex(VIEW_STATE_IN_PAGE).saveAs("viewState"),
                                regex(NONCE_IN_PAGE).saveAs("nonce")))
                .exec(ajax("下一步", "/application/entry.xhtml", "entry", "entry:next", "entry", "entry")
                        .formParam("entry:commodity_input", "#{commodity}")
                        .formParam("entry:port_input", "#{port}")
                        .check(substring("entry:saveAndSeal").exists())
                        // Trade and transport modes are keyed by row id: read them off the form as a clerk picks them.
                        .check(regex("<option value=\"(\\d+)\"[^>]*>一般贸易<").saveAs("tradeMode"))
                        .check(regex("<option value=\"(\\d+)\"[^>]*>海上运输<").saveAs("transportMode")))
                .exec(ajax("保存并盖章", "/application/entry.xhtml", "entry", "entry:saveAndSeal", "entry", "entry")
                        .formParam("entry:activeTab", "form")
                        .formParam("entry:consignorName", "#{consignorName}")
                        .formParam("entry:consignorCode", "#{consignorCode}")
                        .formParam("entry:tradeModeId_input", "#{tradeMode}")
                        .formParam("entry:contractNo", "#{contractNo}")
                        .formParam("entry:countryCode_input", "#{country}")
                        .formParam("entry:paymentMethodCode_input", "LC")
                        .formParam("entry:transportModeId_input", "#{transportMode}")
                        .formParam("entry:specification", "")
                        .formParam("entry:quantity_input", "100")
                        .formParam("entry:quantity_hinput", "100")
                        .formParam("entry:unitPrice_input", "3.5")
                        .formParam("entry:unitPrice_hinput", "3.5")
                        .formParam("entry:currencyCode_input", "USD")
                        .formParam("entry:quotaDocumentNo", "#{quota}")
                        .formParam("entry:remarks", "")
                        .formParam("entry:contractDate_input", "2026-11-20")
                        .formParam("entry:buyerName", "LOAD TEST BUYER")
                        .formParam("entry:buyerAddress", "1 Harbour Road")
                        .formParam("entry:contractAmount_input", "350")
                        .formParam("entry:contractAmount_hinput", "350")
                        .formParam("entry:contractCurrencyCode_input", "USD")
                        .formParam("entry:priceTermCode_input", "3")
                        .check(regex("id=\"application-number\">(\\d{12})<").saveAs("number")))
                .exec(session -> {
                    String number = session.getString("number");
                    String previous = NUMBER_OWNER.putIfAbsent(number, session.userId() + "");
                    if (previous != null) {
                        DUPLICATES.incrementAndGet();
                        System.err.println("DUPLICATE: number " + number + " told to session " + session.userId()
                                + " and to session " + previous);
                        return session.markAsFailed();
                    }
                    SAVED.incrementAndGet();
                    return session;
                })
                .exec(session -> session.remove("row").set("page", 0))
                .exec(http("上报申请")
                        .get("/application/submit-list.xhtml")
                        .check(status().is(200))
                        .check(
                                regex(VIEW_STATE_IN_PAGE).saveAs("viewState"),
                                regex(NONCE_IN_PAGE).saveAs("nonce"))
                        // The row of this session's own new application, if it is on the first page.
                        .check(regex("id=\"list:table:(\\d+):number\"[^>]*>#{number}<")
                                .optional()
                                .saveAs("row")))
                // Other clerks of the enterprise save at the same time: page on until the row shows.
                .asLongAs(session -> !session.contains("row") && session.getInt("page") < MAX_PAGES)
                .on(exec(session -> session.set("page", session.getInt("page") + 1))
                        .exec(paging("上报申请 翻页", session -> session.getInt("page"))
                                .check(regex("id=\"list:table:(\\d+):number\"[^>]*>#{number}<")
                                        .optional()
                                        .saveAs("row"))))
                .exec(ajax(
                                "上报",
                                "/application/submit-list.xhtml",
                                "list",
                                "list:table:#{row}:submit",
                                "list:table:#{row}:submit",
                                "list:table list:messages")
                        .check(regex("申请表 (\\d{12}) 已上报").is(session -> session.getString("number"))))
                .exec(session -> {
                    SUBMITTED.incrementAndGet();
                    return session;
                })
                .exec(paging("上报申请 翻页", session -> 1));
    }

    /** A page of 上报申请 (0 = first), as the paginator asks for it. */
    static HttpRequestActionBuilder paging(String name, java.util.function.Function<Session, Integer> page) {
        return ajax(name, "/application/submit-list.xhtml", "list", "list:table", "list:table", "list:table")
                .formParam("list:table_pagination", "true")
                .formParam("list:table_first", session -> String.valueOf(page.apply(session) * ROWS))
                .formParam("list:table_rows", String.valueOf(ROWS))
                .formParam("list:table_skipChildren", "true")
                .formParam("list:table_encodeFeature", "true");
    }

    /** 初审 or 复审: the officer takes a random application of the queue's first page and approves it. */
    static ChainBuilder oneReview(String queue, String queuePage, AtomicInteger approved) {
        String name = "first".equals(queue) ? "初审" : "复审";
        return exec(http(name)
                        .get(queuePage)
                        .check(status().is(200))
                        .check(regex("id=\"list:table:\\d+:number\"[^>]*>(\\d{12})<")
                                .findRandom()
                                .optional()
                                .saveAs("toReview")))
                .doIfOrElse(session -> session.contains("toReview"))
                .then(exec(http(name + " 申请表")
                                .get("/application/review.xhtml?number=#{toReview}&queue=" + queue)
                                .check(status().is(200))
                                .check(
                                        regex(VIEW_STATE_IN_PAGE).saveAs("viewState"),
                                        regex(NONCE_IN_PAGE).saveAs("nonce"))
                                .check(regex("id=\"(decision:approve)\"")
                                        .optional()
                                        .saveAs("approveButton")))
                        .doIf(session -> session.contains("approveButton"))
                        .then(exec(ajax(
                                                name + " 通过",
                                                "/application/review.xhtml",
                                                "decision",
                                                "decision:approve",
                                                "decision:approve",
                                                "decision")
                                        .check(substring("ui-messages-info")
                                                .count()
                                                .saveAs("approvedNow")))
                                .exec(session -> {
                                    // Another officer may have taken it first: refused, not failed.
                                    if (session.getInt("approvedNow") > 0) {
                                        approved.incrementAndGet();
                                    }
                                    return session;
                                }))
                        .exec(session -> session.remove("toReview").remove("approveButton")))
                .orElse(pause(Duration.ofMillis(300)));
    }

    /** 签发: the officer issues a random application of the first page of the queue. */
    static ChainBuilder oneIssue() {
        return exec(http("签发")
                        .get("/licence/issue-queue.xhtml")
                        .check(status().is(200))
                        .check(
                                regex(VIEW_STATE_IN_PAGE).saveAs("viewState"),
                                regex(NONCE_IN_PAGE).saveAs("nonce"))
                        .check(regex("id=\"list:table:(\\d+):issue\"")
                                .findRandom()
                                .optional()
                                .saveAs("issueRow")))
                .doIfOrElse(session -> session.contains("issueRow"))
                .then(exec(ajax(
                                        "签发 许可证",
                                        "/licence/issue-queue.xhtml",
                                        "list",
                                        "list:table:#{issueRow}:issue",
                                        "list:table:#{issueRow}:issue",
                                        "list:table list:messages")
                                .check(regex("已生成电子许可证 ([0-9A-Z-]+)").optional().saveAs("licence")))
                        .exec(session -> {
                            if (session.contains("licence")) {
                                ISSUED.add(session.getString("licence"));
                            }
                            return session.remove("issueRow").remove("licence");
                        }))
                .orElse(pause(Duration.ofMillis(300)));
    }

    /** Work left for the 初审 officers: clerks still entering, or (issuing) submitted ones not yet approved. */
    static boolean firstReviewsLeft() {
        return CLERKS_DONE.get() < SESSIONS || (ISSUE && APPROVED.get() < SUBMITTED.get());
    }

    static boolean issuesLeft() {
        return CLERKS_DONE.get() < SESSIONS || ISSUED.size() < SUBMITTED.get();
    }

    private final ScenarioBuilder clerks = scenario("clerks")
            .exec(session -> {
                boolean rice = session.userId() % 2 == 0;
                return session.setAll(Map.of(
                        "user", rice ? "hualiang" : "zhongneng",
                        "commodity", rice ? "10063020" : "27011100",
                        "port", rice ? "0200" : "0100",
                        "quota", rice ? "2026-DM-TJ-0001" : "2026-MT-QLB-0001",
                        "country", rice ? "116" : "133",
                        "consignorName", rice ? "天津华粮进出口有限公司" : "北京中能煤炭贸易有限公司",
                        "consignorCode", rice ? "1201000000001" : "1101000000002",
                        "contractNo", "LOAD-" + session.userId()));
            })
            .exec(signIn("#{user}"))
            .exitHereIfFailed()
            // The first failed step ends the session's work (and fails the run); the officers are told either way.
            .exitBlockOnFail()
            .on(repeat(PER_SESSION).on(oneApplication()))
            .exec(session -> {
                CLERKS_DONE.incrementAndGet();
                return session;
            });

    private final ScenarioBuilder officers = scenario("officers")
            .exec(session -> {
                int n = OFFICER_SESSIONS.getAndIncrement();
                // 复审 and 签发 take five requests a licence against 初审's three: more sessions work there.
                List<String> rota = ISSUE ? ISSUING_OFFICERS : FIRST_OFFICERS;
                String officer = rota.get(n % rota.size());
                return session.set("officer", officer).set("second", officer.startsWith("second"));
            })
            .exec(signIn("#{officer}"))
            .exitHereIfFailed()
            .doIfOrElse(session -> session.getBoolean("second"))
            .then(asLongAs(session -> issuesLeft())
                    .on(exec(oneReview("second", "/application/second-review.xhtml", APPROVED_SECOND))
                            .exec(oneIssue())))
            .orElse(asLongAs(session -> firstReviewsLeft())
                    .on(oneReview("first", "/application/first-review.xhtml", APPROVED)));

    {
        setUp(clerks.injectOpen(atOnceUsers(SESSIONS)), officers.injectOpen(atOnceUsers(OFFICERS)))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(20))
                .assertions(
                        global().failedRequests().count().is(0L),
                        forAll().failedRequests().count().is(0L));
    }

    private long startedAt;

    @Override
    public void before() {
        startedAt = System.nanoTime();
    }

    @Override
    public void after() {
        double minutes = (System.nanoTime() - startedAt) / 60e9;
        String result = "attempted=" + ATTEMPTED.get() + "\nsaved=" + SAVED.get() + "\nsubmitted=" + SUBMITTED.get()
                + "\nduplicates=" + DUPLICATES.get() + "\napproved at 初审=" + APPROVED.get()
                + (ISSUE ? "\napproved at 复审=" + APPROVED_SECOND.get() + "\nissued=" + ISSUED.size() : "")
                + String.format(
                        "\nelapsed=%.1f s%nsaved and submitted per minute=%.0f%n",
                        minutes * 60, SUBMITTED.get() / minutes);
        System.out.print(result);
        try {
            Files.writeString(Path.of(RESULT), result, StandardCharsets.UTF_8);
            if (ISSUE) {
                Files.write(Path.of(LICENCES), ISSUED.stream().sorted().toList(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
