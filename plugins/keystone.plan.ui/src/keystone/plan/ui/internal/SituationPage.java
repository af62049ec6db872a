package keystone.plan.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import keystone.plan.Completeness;
import keystone.plan.ObjectiveProgress;
import keystone.plan.PlanStatus;
import keystone.plan.PlanValidation;
import keystone.plan.RagStatus;
import keystone.plan.Staleness;
import keystone.ui.internal.UiJobs;

/**
 * The plan's Situation: what the account looks like today, pulled read-only from the dossier, the ABC-XYZ
 * analysis and the decision map (recomputed whenever the page is shown), how complete and current the plan is, and
 * the situation summary the user writes.
 */
final class SituationPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.situation";

    private SituationFacts facts;
    private boolean loading;
    /** The facts were asked for once; later reads come only when the page is shown again, not on every edit. */
    private boolean requested;
    private Label type;
    private Label owner;
    private Label trend;
    private Label abcXyz;
    private Label coverage;
    private Label risks;
    private Label completeness;
    private Label staleness;
    private Label objectives;

    SituationPage(PlanEditor editor) {
        super(editor, ID, Messages.Situation_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("summary", "scores");
    }

    /** The facts shown, or null before they are loaded; for tests. */
    SituationFacts facts() {
        return facts;
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && requested) {
            reload(); // the dossier, analysis or map may have changed since
        }
    }

    private void reload() {
        PlanDocument d = document();
        if (!d.isLoaded() || loading) {
            return;
        }
        loading = true;
        requested = true;
        PlanServices services = editor.services();
        var account = d.account();
        UiJobs.run(Messages.Job_situation, monitor -> SituationFacts.load(services, account, d.today()), loaded -> {
            loading = false;
            facts = loaded;
            refresh();
        }, () -> loading = false);
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(12, 12).applyTo(body);
        Composite account = section(body, Messages.Situation_account, 2);
        type = value(account, Messages.Situation_type, "situation.type");
        owner = value(account, Messages.Situation_owner, "situation.owner");
        trend = value(account, Messages.Situation_trend, "situation.trend");
        abcXyz = value(account, Messages.Situation_abcXyz, "situation.abcXyz");

        Composite plan = section(body, Messages.Situation_plan, 2);
        completeness = value(plan, Messages.Situation_completeness, "situation.completeness");
        staleness = value(plan, Messages.Situation_staleness, "situation.staleness");
        objectives = value(plan, Messages.Situation_objectives, "situation.objectives");

        Composite map = section(body, Messages.Situation_coverage, 1);
        coverage = toolkit.createLabel(map, "", SWT.WRAP);
        coverage.setData(keystone.ui.WidgetIds.KEY, "situation.coverage");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(coverage);

        Composite signals = section(body, Messages.Situation_risks, 1);
        risks = toolkit.createLabel(signals, "", SWT.WRAP);
        risks.setData(keystone.ui.WidgetIds.KEY, "situation.risks");
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(risks);

        Composite summary = section(body, Messages.Situation_summary, 1);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(summary.getParent());
        Text text = field(summary, "summary", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, p -> p.summary(),
                (p, t) -> p.withSummary(t));
        text.setTextLimit(PlanValidation.TEXT);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(text);
        onRefresh(this::showFacts);
    }

    private void showFacts() {
        PlanDocument d = document();
        if (!requested) {
            reload(); // the first refresh comes once the plan is loaded
        }
        Completeness c = Completeness.of(d.current());
        completeness.setText(c.complete() ? NLS.bind(Messages.Situation_complete, c.score())
                : NLS.bind(Messages.Situation_incomplete, c.score(),
                        c.missing().stream().map(PlanLabels::of).collect(Collectors.joining(", "))));
        Staleness s = Staleness.of(d.current(), d.today());
        staleness.setText(NLS.bind(s.stale() ? Messages.Situation_stale : Messages.Situation_fresh, s.since(), s.days()));
        PlanStatus status = d.status();
        objectives.setText(status == null ? Messages.Situation_computing : ragSummary(status));
        if (facts != null) {
            type.setText(facts.accountType());
            owner.setText(facts.account().owner().isBlank() ? Format.NONE : facts.account().team().isBlank()
                    ? facts.account().owner()
                    : NLS.bind(Messages.Situation_ownerAndTeam, facts.account().owner(), facts.account().team()));
            trend.setText(facts.revenueTrend());
            abcXyz.setText(facts.abcXyz());
            coverage.setText(bullets(facts.coverageFindings()));
            risks.setText(bullets(facts.openRisks()));
        }
    }

    /** "2 green, 1 amber, 0 red, 1 without a light". */
    static String ragSummary(PlanStatus status) {
        long green = count(status, RagStatus.GREEN);
        long amber = count(status, RagStatus.AMBER);
        long red = count(status, RagStatus.RED);
        long none = status.objectives().size() - green - amber - red;
        return NLS.bind(Messages.Situation_rag, new Object[] {green, amber, red, none});
    }

    private static long count(PlanStatus status, RagStatus rag) {
        return status.objectives().stream().map(ObjectiveProgress::status).filter(s -> s == rag).count();
    }

    private static String bullets(List<String> lines) {
        return lines.stream().map(l -> "\u2022 " + l).collect(Collectors.joining("\n"));
    }
}
