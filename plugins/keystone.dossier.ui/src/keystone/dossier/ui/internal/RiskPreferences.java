package keystone.dossier.ui.internal;

import java.math.BigDecimal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import keystone.dossier.RiskThresholds;

/**
 * The churn-signal thresholds as user preferences (instance scope of this bundle), with the defaults of
 * {@link RiskThresholds#DEFAULTS}. A stored value the rules do not accept falls back to the defaults as a whole.
 */
public final class RiskPreferences extends AbstractPreferenceInitializer {

    static final String NODE = "keystone.dossier.ui";
    static final String MONTHS_WITHOUT_PURCHASE = "risk.monthsWithoutPurchase";
    static final String COMPARISON_MONTHS = "risk.comparisonMonths";
    static final String DROP_PERCENT = "risk.dropPercent";
    static final String LOST_TENDER_MONTHS = "risk.lostTenderMonths";
    static final String COMPLAINT_OPEN_DAYS = "risk.complaintOpenDays";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        RiskThresholds d = RiskThresholds.DEFAULTS;
        defaults.putInt(MONTHS_WITHOUT_PURCHASE, d.monthsWithoutPurchase());
        defaults.putInt(COMPARISON_MONTHS, d.comparisonMonths());
        defaults.putInt(DROP_PERCENT, d.dropPercent().intValue());
        defaults.putInt(LOST_TENDER_MONTHS, d.lostTenderMonths());
        defaults.putInt(COMPLAINT_OPEN_DAYS, d.complaintOpenDays());
    }

    /** The store the preference page edits. */
    static IPreferenceStore store() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
    }

    /** The thresholds in effect. */
    public static RiskThresholds thresholds() {
        IPreferenceStore s = store();
        try {
            return new RiskThresholds(s.getInt(MONTHS_WITHOUT_PURCHASE), s.getInt(COMPARISON_MONTHS),
                    BigDecimal.valueOf(s.getInt(DROP_PERCENT)), s.getInt(LOST_TENDER_MONTHS),
                    s.getInt(COMPLAINT_OPEN_DAYS));
        } catch (IllegalArgumentException e) {
            return RiskThresholds.DEFAULTS;
        }
    }

    /** Calls {@code listener} on the UI thread whenever a threshold changes; returns what removes it. */
    static Runnable onChange(org.eclipse.swt.widgets.Display display, Runnable listener) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        IEclipsePreferences.IPreferenceChangeListener l = e -> display.asyncExec(() -> {
            if (!display.isDisposed()) {
                listener.run();
            }
        });
        node.addPreferenceChangeListener(l);
        return () -> node.removePreferenceChangeListener(l);
    }
}
