package keystone.plan.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import keystone.plan.AccountPlan;
import keystone.plan.PlanValidation;
import keystone.plan.Swot;
import keystone.plan.Swot.Perspective;
import keystone.plan.Swot.Quadrant;

/**
 * The plan's two SWOT analyses, the customer's own and ours at the account: eight lists, each with entries to add,
 * remove and edit.
 */
final class SwotPage extends PlanFormPage {

    static final String ID = "keystone.plan.ui.pages.swot";

    SwotPage(PlanEditor editor) {
        super(editor, ID, Messages.Swot_title);
    }

    @Override
    protected List<String> paths() {
        return List.of("swot");
    }

    /** The list's id and validation path: {@code swot.customer.strengths}. */
    static String id(Perspective perspective, Quadrant quadrant) {
        return "swot." + perspective.name().toLowerCase(Locale.ROOT) + "." + quadrant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected void createContent(Composite body) {
        for (Perspective perspective : Perspective.values()) {
            Composite side = section(body, NLS.bind(Messages.Swot_side, PlanLabels.of(perspective)), 2);
            GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).spacing(16, 8).applyTo(side);
            for (Quadrant quadrant : Quadrant.values()) {
                Composite box = toolkit.createComposite(side);
                GridLayoutFactory.fillDefaults().applyTo(box);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
                toolkit.createLabel(box, PlanLabels.of(quadrant));
                ItemList<String> list = new ItemList<>(this, toolkit, box, id(perspective, quadrant),
                        List.of(new ItemList.Column<String>(PlanLabels.of(quadrant), 360, e -> e)),
                        p -> p.swot().side(perspective).quadrant(quadrant),
                        (p, entries) -> p.withSwot(with(p.swot(), perspective, quadrant, entries)),
                        p -> Messages.Swot_newEntry, 70);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(list.root());
                list.text("entry", Messages.Swot_entry, true, e -> e, (e, t) -> t)
                        .setTextLimit(PlanValidation.ENTRY);
            }
        }
    }

    /** {@code swot} with one quadrant's entries replaced. */
    static Swot with(Swot swot, Perspective perspective, Quadrant quadrant, List<String> entries) {
        Swot.Side s = swot.side(perspective);
        Swot.Side changed = new Swot.Side(quadrant == Quadrant.STRENGTHS ? entries : s.strengths(),
                quadrant == Quadrant.WEAKNESSES ? entries : s.weaknesses(),
                quadrant == Quadrant.OPPORTUNITIES ? entries : s.opportunities(),
                quadrant == Quadrant.THREATS ? entries : s.threats());
        return perspective == Perspective.CUSTOMER ? new Swot(changed, swot.ours()) : new Swot(swot.customer(), changed);
    }

    /** For tests: the plan's entries of one quadrant. */
    static List<String> entries(AccountPlan plan, Perspective perspective, Quadrant quadrant) {
        return plan.swot().side(perspective).quadrant(quadrant);
    }
}
