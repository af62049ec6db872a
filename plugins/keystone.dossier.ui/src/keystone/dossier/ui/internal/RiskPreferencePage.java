package keystone.dossier.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Keystone > Churn Signals: the thresholds of the churn rules, each checked against the range
 * the rules accept.
 */
public final class RiskPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "keystone.dossier.ui.preferences.risks";

    public RiskPreferencePage() {
        super(GRID);
        setPreferenceStore(RiskPreferences.store());
        setDescription(Messages.Prefs_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        integer(RiskPreferences.MONTHS_WITHOUT_PURCHASE, Messages.Prefs_monthsWithoutPurchase, 1, 120);
        integer(RiskPreferences.COMPARISON_MONTHS, Messages.Prefs_comparisonMonths, 1, 12);
        integer(RiskPreferences.DROP_PERCENT, Messages.Prefs_dropPercent, 0, 99);
        integer(RiskPreferences.LOST_TENDER_MONTHS, Messages.Prefs_lostTenderMonths, 1, 120);
        integer(RiskPreferences.COMPLAINT_OPEN_DAYS, Messages.Prefs_complaintOpenDays, 0, 3650);
    }

    private void integer(String key, String label, int min, int max) {
        IntegerFieldEditor editor = new IntegerFieldEditor(key, label, getFieldEditorParent());
        editor.setValidRange(min, max);
        addField(editor);
    }
}
