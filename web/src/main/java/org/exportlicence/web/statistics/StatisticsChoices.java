package org.exportlicence.web.statistics;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.CodeNameQuery;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.web.platform.LocaleSelection;

/**
 * What 统计月报 and 综合统计 offer to choose from: the years, the issuing authorities, the licence trade
 * modes (as 录入申请 lists them), and suggestions for country and port codes; read once per view.
 */
@Named
@ViewScoped
public class StatisticsChoices implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    private static final int YEARS_BACK = 10;

    @EJB
    private ReferenceCatalogue catalogue;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private transient Clock clock;

    private List<TradeMode> tradeModes;
    private List<IssuingAuthority> authorities;

    public int getCurrentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** This year and the ten before it, newest first. */
    public List<Integer> getYears() {
        int now = getCurrentYear();
        return IntStream.rangeClosed(0, YEARS_BACK).map(i -> now - i).boxed().toList();
    }

    public List<TradeMode> getTradeModes() {
        if (tradeModes == null) {
            tradeModes = all(TradeMode.class).stream()
                    .filter(t -> t.getCodeSystem() == CodeSystem.LICENCE)
                    .toList();
        }
        return tradeModes;
    }

    public List<IssuingAuthority> getAuthorities() {
        if (authorities == null) {
            authorities = all(IssuingAuthority.class);
        }
        return authorities;
    }

    /** Countries by code prefix (typed digits) or by name: "116 日本". */
    public List<String> completeCountry(String query) {
        CodeNameQuery search = search(query);
        if (search == null) {
            return List.of();
        }
        return catalogue.findCountries(search, PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .map(c -> c.getCode() + " " + c.name(localeSelection.getLocale()))
                .toList();
    }

    /** Ports by code prefix (typed digits) or by name: "0200 天津海关". */
    public List<String> completePort(String query) {
        CodeNameQuery search = search(query);
        if (search == null) {
            return List.of();
        }
        return catalogue.findPorts(search, PageRequest.of(0, SUGGESTIONS)).rows().stream()
                .map(p -> p.getCode() + " " + p.name(localeSelection.getLocale()))
                .toList();
    }

    /** The code of what the user typed or picked ("116 日本" → "116"); null for nothing. */
    public static String code(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return input.strip().split("\\s+", 2)[0];
    }

    private static CodeNameQuery search(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return null;
        }
        return Character.isDigit(text.charAt(0)) ? new CodeNameQuery(code(text), null) : new CodeNameQuery(null, text);
    }

    private <T extends CodeEntry> List<T> all(Class<T> type) {
        List<T> rows = new ArrayList<>();
        ResultPage<T> page;
        do {
            page = catalogue.list(type, PageRequest.of(rows.size(), PageRequest.MAX_SIZE));
            rows.addAll(page.rows());
        } while (!page.rows().isEmpty() && rows.size() < page.total());
        return rows;
    }
}
