package org.exportlicence.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.platform.Roles;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The left menu. Enterprise users get every entry of the seed's menu in its order; officers and the
 * administrator get theirs. An entry whose screen is not built yet is shown disabled, with no page
 * behind it.
 */
@Named
@RequestScoped
public class MenuBacking {

    /**
     * One menu entry: its label key, its page (null while the screen does not exist) and the role
     * its page needs beyond the menu group's (null when the group's roles suffice).
     */
    record Entry(String key, String page, String role) {
        Entry(String key, String page) {
            this(key, page, null);
        }
    }

    record Group(String key, List<Entry> entries) {}

    static final Group APPLY = new Group(
            "menu.apply",
            List.of(
                    new Entry("menu.application.entry", "/application/entry.xhtml"),
                    new Entry("menu.application.submit", "/application/submit-list.xhtml"),
                    new Entry("menu.application.pending", "/application/pending-list.xhtml"),
                    new Entry("menu.application.rejected", "/application/rejected-list.xhtml"),
                    new Entry("menu.application.print", "/application/print-list.xhtml?printed=false"),
                    new Entry("menu.application.printed", "/application/print-list.xhtml?printed=true"),
                    new Entry("menu.enterprise.info", "/enterprise/info.xhtml"),
                    new Entry("menu.licence.list", "/licence/list.xhtml")));

    static final Group RETURNS = new Group(
            "menu.returns",
            List.of(
                    new Entry("menu.returns.deletion.entry", "/returns/entry.xhtml?kind=deletion"),
                    new Entry("menu.returns.deletion.manage", "/returns/manage.xhtml?kind=deletion"),
                    new Entry("menu.returns.deletion.query", "/returns/query.xhtml?kind=deletion"),
                    new Entry("menu.returns.writeoff.entry", "/returns/entry.xhtml?kind=writeoff"),
                    new Entry("menu.returns.writeoff.manage", "/returns/manage.xhtml?kind=writeoff"),
                    new Entry("menu.returns.writeoff.query", "/returns/query.xhtml?kind=writeoff")));

    static final Group STATISTICS = new Group(
            "menu.statistics",
            List.of(
                    new Entry("menu.statistics.query", "/statistics/query.xhtml"),
                    new Entry("menu.statistics.monthly", "/statistics/monthly.xhtml"),
                    new Entry("menu.statistics.summary", "/statistics/summary.xhtml"),
                    new Entry("menu.statistics.quota", "/statistics/quota.xhtml"),
                    new Entry("menu.statistics.metalSwap", "/quota/swaps.xhtml"),
                    new Entry("menu.statistics.riceQuery", "/statistics/rice-query.xhtml"),
                    new Entry("menu.statistics.riceSummary", "/statistics/rice-summary.xhtml"),
                    new Entry("menu.statistics.cokeQuery", "/statistics/coke-query.xhtml"),
                    new Entry("menu.statistics.cokeSummary", "/statistics/coke-summary.xhtml")));

    /**
     * The same screens across the enterprises of an authority (all, for the administrator); the swap records
     * are the enterprise's own page (officers decide swaps under 钨锑钼配额调换审核).
     */
    static final Group AUTHORITY_STATISTICS = new Group(
            "menu.statistics",
            STATISTICS.entries().stream()
                    .filter(entry -> !entry.key().equals("menu.statistics.metalSwap"))
                    .toList());

    static final Group REFERENCE = new Group(
            "menu.reference",
            List.of(
                    new Entry("menu.reference.commodities", "/reference/commodities.xhtml"),
                    new Entry("menu.reference.tradeModes", "/reference/trade-modes.xhtml"),
                    new Entry("menu.reference.countries", "/reference/countries.xhtml"),
                    new Entry("menu.reference.paymentMethods", "/reference/payment-methods.xhtml"),
                    new Entry("menu.reference.ports", "/reference/ports.xhtml"),
                    new Entry("menu.reference.transportModes", "/reference/transport-modes.xhtml"),
                    new Entry("menu.reference.currencies", "/reference/currencies.xhtml"),
                    new Entry("menu.reference.authorities", "/reference/issuing-authorities.xhtml")));

    static final Group OFFICER = new Group(
            "menu.officer",
            List.of(
                    new Entry("menu.officer.firstReview", "/application/first-review.xhtml", Roles.OFFICER_FIRST),
                    new Entry("menu.officer.secondReview", "/application/second-review.xhtml", Roles.OFFICER_SECOND),
                    new Entry(
                            "menu.officer.withdrawalReview",
                            "/application/withdrawal-review.xhtml",
                            Roles.OFFICER_FIRST),
                    new Entry("menu.officer.issue", "/licence/issue-queue.xhtml", Roles.ISSUER),
                    new Entry("menu.officer.licences", "/licence/list.xhtml"),
                    new Entry(
                            "menu.officer.deletionReview",
                            "/returns/review-queue.xhtml?kind=deletion",
                            Roles.OFFICER_FIRST),
                    new Entry(
                            "menu.officer.writeOffReview",
                            "/returns/review-queue.xhtml?kind=writeoff",
                            Roles.OFFICER_FIRST),
                    new Entry("menu.officer.customsErrors", "/customs/errors.xhtml"),
                    new Entry("menu.admin.quotas", "/quota/list.xhtml", Roles.QUOTA_OFFICER),
                    new Entry("menu.admin.quotaSwaps", "/quota/swap-review.xhtml", Roles.QUOTA_OFFICER),
                    new Entry("menu.admin.enterprises", "/enterprise/registry.xhtml"),
                    new Entry("menu.admin.users", "/user/list.xhtml"),
                    new Entry("menu.officer.jobs", "/batch/jobs.xhtml", Roles.OPERATOR)));

    static final Group ADMINISTRATION = new Group(
            "menu.admin",
            List.of(
                    new Entry("menu.admin.quotas", "/quota/list.xhtml"),
                    new Entry("menu.admin.quotaSwaps", "/quota/swap-review.xhtml"),
                    new Entry("menu.admin.enterprises", "/enterprise/registry.xhtml"),
                    new Entry("menu.admin.users", "/user/list.xhtml"),
                    // All kept customs messages, among them the ones no authority's officers see (they name no
                    // licence).
                    new Entry("menu.officer.customsErrors", "/customs/errors.xhtml"),
                    new Entry("menu.officer.jobs", "/batch/jobs.xhtml"),
                    new Entry("menu.admin.auditChain", "/audit/chain.xhtml")));

    /** An authority's user whose only role is 批处理作业: the jobs (and the code tables, as everyone). */
    static final Group OPERATIONS =
            new Group("menu.officer", List.of(new Entry("menu.officer.jobs", "/batch/jobs.xhtml")));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = new DefaultMenuModel();
            for (Group group : groupsFor(currentUser)) {
                model.getElements().add(toSubMenu(group));
            }
        }
        return model;
    }

    static List<Group> groupsFor(CurrentUser user) {
        if (user.isEnterprise()) {
            return List.of(APPLY, RETURNS, STATISTICS, REFERENCE);
        }
        if (user.isOfficer()) {
            return List.of(OFFICER, AUTHORITY_STATISTICS, REFERENCE);
        }
        if (!user.isAdmin() && user.hasRole(Roles.OPERATOR)) {
            return List.of(OPERATIONS, REFERENCE);
        }
        return List.of(ADMINISTRATION, AUTHORITY_STATISTICS, REFERENCE);
    }

    private DefaultSubMenu toSubMenu(Group group) {
        DefaultSubMenu.Builder sub =
                DefaultSubMenu.builder().label(messages.text(group.key())).expanded(true);
        for (Entry entry : group.entries()) {
            DefaultMenuItem.Builder item = DefaultMenuItem.builder().value(messages.text(entry.key()));
            if (entry.page() == null) {
                item.disabled(true).title(messages.text("menu.notYetAvailable"));
            } else if (entry.role() != null && !currentUser.hasRole(entry.role())) {
                item.disabled(true).title(messages.text("menu.notYourRole"));
            } else {
                // A URL rather than an outcome: some entries carry a query.
                item.url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + entry.page());
            }
            sub.addElement(item.build());
        }
        return sub.build();
    }
}
