package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;

import keystone.abcxyz.AbcXyzService;
import keystone.abcxyz.Classification;
import keystone.abcxyz.CustomerResult;
import keystone.decisionmap.Coverage;
import keystone.decisionmap.CoverageReport;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.Person;
import keystone.dossier.Headline;
import keystone.dossier.RiskSignal;
import keystone.dossier.RiskThresholds;
import keystone.model.account.Account;
import keystone.ui.internal.Labels;

/**
 * The account's situation as a plan starts from it, pulled from the other plugins: the account type, the revenue
 * trend of the dossier's headline, the cell of the latest ABC-XYZ classification, the coverage findings of the
 * decision map and the open churn signals - each already in words, for the Situation page and the PDF report.
 *
 * @param abcXyzCell the account's cell ("AX"), or null when it is not classified
 * @param classifiedOn the day of that classification, or null
 * @param coverage   the decision map's findings, or null when nobody is on the map
 */
record SituationFacts(Account account, Headline headline, String abcXyzCell, LocalDate classifiedOn,
        CoverageReport coverage, List<RiskSignal> signals) {

    /** Key people not contacted for longer than this count as stale (the coverage view's threshold). */
    static final int STALE_CONTACT_DAYS = 90;

    /** Reads the facts of {@code account}; call from a job. */
    static SituationFacts load(PlanServices services, Account account, LocalDate today) {
        Headline headline = services.dossiers().headline(account.id(), today);
        String cell = null;
        LocalDate classifiedOn = null;
        Optional<Classification> classification = latestClassification(services.analysis());
        if (classification.isPresent() && account.customerId() != null) {
            Optional<CustomerResult> result = classification.get().customer(account.customerId());
            if (result.isPresent()) {
                cell = result.get().cell();
                classifiedOn = LocalDate.ofInstant(classification.get().computedAt(), ZoneId.systemDefault());
            }
        }
        DecisionMap map = services.decisionMaps().load(account.id());
        CoverageReport coverage = map.isEmpty() ? null : Coverage.of(map, today, STALE_CONTACT_DAYS);
        List<RiskSignal> signals = services.dossiers().signals(account.id(), today, thresholds());
        return new SituationFacts(account, headline, cell, classifiedOn, coverage, signals);
    }

    /** The classification on screen in the ABC-XYZ views, or else the latest stored run. */
    private static Optional<Classification> latestClassification(AbcXyzService analysis) {
        if (analysis == null) {
            return Optional.empty();
        }
        Optional<Classification> latest = analysis.latest();
        if (latest.isPresent()) {
            return latest;
        }
        return analysis.runs().stream().findFirst().map(run -> analysis.load(run.id()));
    }

    /**
     * The churn thresholds the user set for the dossier (its preference node), so that the plan lists the same
     * signals as the dossier's Overview; the defaults when not set or not valid.
     */
    static RiskThresholds thresholds() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode("keystone.dossier.ui");
        RiskThresholds d = RiskThresholds.DEFAULTS;
        try {
            return new RiskThresholds(node.getInt("risk.monthsWithoutPurchase", d.monthsWithoutPurchase()),
                    node.getInt("risk.comparisonMonths", d.comparisonMonths()),
                    BigDecimal.valueOf(node.getInt("risk.dropPercent", d.dropPercent().intValue())),
                    node.getInt("risk.lostTenderMonths", d.lostTenderMonths()),
                    node.getInt("risk.complaintOpenDays", d.complaintOpenDays()));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    // ------------------------------------------------------------------------------------------------ in words

    String accountType() {
        return Labels.of(account.type());
    }

    /** "▲ +12.5 % (last 12 months 1,200,000; 12 months before 1,066,667)". */
    String revenueTrend() {
        if (account.customerId() == null) {
            return Messages.Situation_noCustomer;
        }
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMaximumFractionDigits(1);
        String trend = headline.trend().map(t -> (t.compareTo(BigDecimal.ONE) >= 0 ? "\u25b2 +" : "\u25bc ")
                + percent.format(t.subtract(BigDecimal.ONE).setScale(4, RoundingMode.HALF_UP)))
                .orElse(Messages.Situation_noTrend);
        return NLS.bind(Messages.Situation_trendText, new Object[] {trend,
            Format.money(headline.lastTwelveMonths()), Format.money(headline.previousTwelveMonths()),
            account.currency()});
    }

    String abcXyz() {
        if (account.customerId() == null) {
            return Messages.Situation_noCustomer;
        }
        return abcXyzCell == null ? Messages.Situation_notClassified
                : NLS.bind(Messages.Situation_cell, abcXyzCell, classifiedOn);
    }

    /** The decision map's findings, the traffic light first. */
    List<String> coverageFindings() {
        List<String> findings = new ArrayList<>();
        if (coverage == null) {
            findings.add(Messages.Coverage_noMap);
            return findings;
        }
        String quality = switch (coverage.quality()) {
            case RED -> Messages.Rag_RED;
            case AMBER -> Messages.Rag_AMBER;
            case GREEN -> Messages.Rag_GREEN;
        };
        findings.add(NLS.bind(Messages.Coverage_quality, quality));
        if (coverage.decisionMakerShare().isPresent()) {
            NumberFormat percent = NumberFormat.getPercentInstance();
            findings.add(NLS.bind(Messages.Coverage_share, percent.format(coverage.decisionMakerShare().getAsDouble()),
                    coverage.decisionMakers()));
        }
        if (coverage.noEconomicBuyer()) {
            findings.add(Messages.Coverage_noEconomicBuyer);
        }
        if (coverage.noSupporterInTopManagement()) {
            findings.add(Messages.Coverage_noTopSupporter);
        }
        if (!coverage.singleThreaded().isEmpty()) {
            findings.add(NLS.bind(Messages.Coverage_singleThreaded, names(coverage.singleThreaded())));
        }
        if (!coverage.stale().isEmpty()) {
            findings.add(NLS.bind(Messages.Coverage_stale, names(coverage.stale()), STALE_CONTACT_DAYS));
        }
        return findings;
    }

    private static String names(List<Person> people) {
        return people.stream().map(Person::name).collect(Collectors.joining(", "));
    }

    /** The open churn signals explained; one line saying there are none when there are none. */
    List<String> openRisks() {
        if (signals.isEmpty()) {
            return List.of(Messages.Situation_noRisks);
        }
        return signals.stream().map(SituationFacts::explain).toList();
    }

    static String explain(RiskSignal signal) {
        String template = switch (signal.kind()) {
            case NO_PURCHASE -> Messages.Signal_NO_PURCHASE;
            case REVENUE_DROP -> Messages.Signal_REVENUE_DROP;
            case LOST_TENDER -> Messages.Signal_LOST_TENDER;
            case OPEN_COMPLAINT -> Messages.Signal_OPEN_COMPLAINT;
            case KEY_CONTACT_LEFT -> Messages.Signal_KEY_CONTACT_LEFT;
        };
        return NLS.bind(template, signal.detail(), signal.since() == null ? "" : signal.since());
    }
}
