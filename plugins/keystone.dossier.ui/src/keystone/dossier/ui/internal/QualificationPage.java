package keystone.dossier.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import keystone.dossier.Dossier;
import keystone.dossier.Qualification;
import keystone.dossier.Qualification.Rating;
import keystone.ui.DossierEditorContext;
import keystone.ui.WidgetIds;

/**
 * The dossier's Qualification page: the "three P" (need, solvency, decision power), each rated with its evidence,
 * the verdict (qualified only when all three hold), and who assessed it when. Every change is an undoable
 * operation on the editor's undo context; the page saves with the editor.
 */
final class QualificationPage extends DossierFormPage<Qualification> {

    static final String ID = "keystone.dossier.ui.pages.qualification";

    private Label verdict;
    private final java.util.List<Runnable> refreshers = new java.util.ArrayList<>();
    private boolean updating;

    QualificationPage(DossierEditorContext context) {
        super(context, ID, Messages.Qualification_title);
    }

    @Override
    protected Qualification partOf(Dossier dossier) {
        return dossier.qualification();
    }

    @Override
    protected Dossier with(Dossier d, Qualification q) {
        return new Dossier(d.account(), q, d.history(), d.competitors(), d.ourShareOfWallet(), d.keyContacts());
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText(Messages.Qualification_title);
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        criterion(toolkit, body, "need", Messages.Qualification_need, Qualification::need, Qualification::needEvidence,
                (q, r) -> with(q, r, null, 0), (q, t) -> with(q, null, t, 0));
        criterion(toolkit, body, "solvency", Messages.Qualification_solvency, Qualification::solvency,
                Qualification::solvencyEvidence, (q, r) -> with(q, r, null, 1), (q, t) -> with(q, null, t, 1));
        criterion(toolkit, body, "decisionPower", Messages.Qualification_decisionPower, Qualification::decisionPower,
                Qualification::decisionPowerEvidence, (q, r) -> with(q, r, null, 2), (q, t) -> with(q, null, t, 2));
        toolkit.createLabel(body, Messages.Qualification_assessedBy);
        Text by = text(toolkit, body, "assessedBy", Qualification::assessedBy, (q, t) -> new Qualification(q.accountId(),
                q.need(), q.needEvidence(), q.solvency(), q.solvencyEvidence(), q.decisionPower(),
                q.decisionPowerEvidence(), q.assessedOn(), t));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(by);
        verdict = toolkit.createLabel(body, "", SWT.WRAP);
        verdict.setData(WidgetIds.KEY, "qualification.verdict");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(verdict);
        refresh();
    }

    private void criterion(FormToolkit toolkit, Composite body, String key, String label,
            Function<Qualification, Rating> rating, Function<Qualification, String> evidence,
            BiFunction<Qualification, Rating, Qualification> withRating,
            BiFunction<Qualification, String, Qualification> withEvidence) {
        toolkit.createLabel(body, label);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        toolkit.adapt(combo, true, false);
        combo.setData(WidgetIds.KEY, "qualification." + key);
        combo.setItems(Arrays.stream(Rating.values()).map(Messages::rating).toArray(String[]::new));
        combo.addListener(SWT.Selection, e -> {
            if (!updating && current() != null) {
                edit(key + ".rating", withRating.apply(current(), Rating.values()[combo.getSelectionIndex()]));
            }
        });
        refreshers.add(() -> combo.select(rating.apply(current()).ordinal()));
        Text text = text(toolkit, body, key + ".evidence", evidence, withEvidence);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
    }

    private Text text(FormToolkit toolkit, Composite body, String key, Function<Qualification, String> get,
            BiFunction<Qualification, String, Qualification> set) {
        Text text = toolkit.createText(body, "", SWT.SINGLE | SWT.BORDER);
        text.setData(WidgetIds.KEY, "qualification." + key);
        text.addModifyListener(e -> {
            if (!updating && current() != null) {
                edit(key, set.apply(current(), text.getText()));
            }
        });
        refreshers.add(() -> {
            String value = get.apply(current());
            if (!value.equals(text.getText())) {
                text.setText(value);
            }
        });
        return text;
    }

    /** A copy of {@code q} with the rating or the evidence of criterion {@code index} (0 need, 1 solvency, 2 power). */
    private static Qualification with(Qualification q, Rating rating, String evidence, int index) {
        Rating[] r = {q.need(), q.solvency(), q.decisionPower()};
        String[] t = {q.needEvidence(), q.solvencyEvidence(), q.decisionPowerEvidence()};
        if (rating != null) {
            r[index] = rating;
        }
        if (evidence != null) {
            t[index] = evidence;
        }
        // the assessment date is the day of the latest change
        return new Qualification(q.accountId(), r[0], t[0], r[1], t[1], r[2], t[2], LocalDate.now(), q.assessedBy());
    }

    private void edit(String field, Qualification next) {
        edit(Messages.Qualification_edit, field, next, field.contains("evidence") || field.equals("assessedBy"));
    }

    @Override
    protected void refresh() {
        if (verdict == null || verdict.isDisposed() || current() == null) {
            return;
        }
        updating = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            updating = false;
        }
        verdict.setText(current().qualified() ? Messages.Qualification_qualified : Messages.Qualification_notQualified);
    }
}
