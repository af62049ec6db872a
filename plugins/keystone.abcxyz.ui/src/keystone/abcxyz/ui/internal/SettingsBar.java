package keystone.abcxyz.ui.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import keystone.abcxyz.Measure;
import keystone.abcxyz.Settings;
import keystone.ui.WidgetIds;

/**
 * The analysis settings the user can change from the matrix view: window, measure and cut-offs, with a Recompute
 * button. Invalid input is reported, never silently corrected.
 */
final class SettingsBar {

    static final String ID_FROM = "abcxyz.from";
    static final String ID_TO = "abcxyz.to";
    static final String ID_RECOMPUTE = "abcxyz.recompute";
    static final String ID_A = "abcxyz.aCut";

    private final Text from;
    private final Text to;
    private final Combo measure;
    private final Spinner aCut;
    private final Spinner bCut;
    private final Spinner xCut;
    private final Spinner yCut;
    private final Label problem;
    private Settings base;

    SettingsBar(Composite parent, Consumer<Settings> recompute) {
        Composite bar = new Composite(parent, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        bar.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Settings_window);
        from = month(bar, ID_FROM);
        new Label(bar, SWT.NONE).setText(Messages.Settings_to);
        to = month(bar, ID_TO);
        new Label(bar, SWT.NONE).setText(Messages.Settings_measure);
        measure = new Combo(bar, SWT.READ_ONLY);
        measure.setItems(Messages.Settings_revenue, Messages.Settings_margin);
        measure.select(0);
        new Label(bar, SWT.NONE).setText(Messages.Settings_abcCuts);
        aCut = spinner(bar, 1, 99, 0, ID_A);
        bCut = spinner(bar, 2, 100, 0, "abcxyz.bCut");
        new Label(bar, SWT.NONE).setText(Messages.Settings_xyzCuts);
        xCut = spinner(bar, 0, 999, 2, "abcxyz.xCut");
        yCut = spinner(bar, 1, 1000, 2, "abcxyz.yCut");
        Button button = new Button(bar, SWT.PUSH);
        button.setText(Messages.Settings_recompute);
        button.setData(WidgetIds.KEY, ID_RECOMPUTE);
        problem = new Label(parent, SWT.NONE);
        problem.setForeground(bar.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(problem);
        problem.setVisible(false);
        button.addListener(SWT.Selection, e -> read().ifPresent(recompute));
    }

    private static Text month(Composite bar, String id) {
        Text text = new Text(bar, SWT.BORDER);
        text.setData(WidgetIds.KEY, id);
        text.setMessage("YYYY-MM");
        text.setLayoutData(new RowData(70, SWT.DEFAULT));
        return text;
    }

    private static Spinner spinner(Composite bar, int min, int max, int digits, String id) {
        Spinner spinner = new Spinner(bar, SWT.BORDER);
        spinner.setValues(min, min, max, digits, 1, 10);
        spinner.setData(WidgetIds.KEY, id);
        return spinner;
    }

    /** Shows {@code settings} in the controls. */
    void show(Settings settings) {
        base = settings;
        from.setText(settings.from().toString());
        to.setText(settings.to().toString());
        measure.select(settings.measure().ordinal());
        aCut.setSelection((int) Math.round(settings.aCut() * 100));
        bCut.setSelection((int) Math.round(settings.bCut() * 100));
        xCut.setSelection((int) Math.round(settings.xCut() * 100));
        yCut.setSelection((int) Math.round(settings.yCut() * 100));
        showProblem(null);
    }

    /** Shows the problem line only while there is a problem, so it takes no room otherwise. */
    private void showProblem(String text) {
        boolean visible = text != null;
        problem.setText(visible ? text : "");
        problem.setVisible(visible);
        ((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = !visible;
        problem.getParent().layout();
    }

    /** The settings the controls describe, or empty (with the reason shown) when they are not valid. */
    Optional<Settings> read() {
        if (base == null) {
            return Optional.empty();
        }
        try {
            YearMonth start = parse(from.getText());
            YearMonth end = parse(to.getText());
            Settings settings = new Settings(start, end, Measure.values()[measure.getSelectionIndex()],
                    aCut.getSelection() / 100.0, bCut.getSelection() / 100.0, xCut.getSelection() / 100.0,
                    yCut.getSelection() / 100.0, base.recentMonths());
            showProblem(null);
            return Optional.of(settings);
        } catch (IllegalArgumentException e) {
            showProblem(NLS.bind(Messages.Settings_invalid, e.getMessage()));
            return Optional.empty();
        }
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Settings_invalidMonth, text), e);
        }
    }
}
