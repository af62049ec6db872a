package keystone.salesimport.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import keystone.model.KeystoneException;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportReport;
import keystone.salesimport.LineProblem;
import keystone.ui.WidgetIds;

/**
 * Third wizard page: every line checked before anything is written, the bad ones listed (line, column, value,
 * reason); the user imports all, only the good lines (bad ones to an error file), replaces a period, or cancels.
 */
final class ValidationPage extends WizardPage {

    static final String ID_SUMMARY = "import.summary";
    static final String ID_PROBLEMS = "import.problems";

    private final ImportSalesWizard wizard;
    private Label summary;
    private TableViewer problems;
    private Button replace;
    private Button skip;
    private Text errorFile;

    ValidationPage(ImportSalesWizard wizard) {
        super("validation", Messages.Validation_title, null);
        this.wizard = wizard;
        setDescription(Messages.Validation_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        summary = new Label(page, SWT.WRAP);
        summary.setData(WidgetIds.KEY, ID_SUMMARY);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        problems = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL);
        problems.getTable().setHeaderVisible(true);
        problems.getTable().setLinesVisible(true);
        problems.getTable().setData(WidgetIds.KEY, ID_PROBLEMS);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Validation_line, 60, p -> Long.toString(p.line()));
        column(Messages.Validation_column, 110, LineProblem::column);
        column(Messages.Validation_value, 140, LineProblem::value);
        column(Messages.Validation_reason, 320, LineProblem::reason);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 180).applyTo(problems.getControl());
        replace = new Button(page, SWT.CHECK);
        replace.setText(Messages.Validation_replace);
        replace.setData(WidgetIds.KEY, "import.replace");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(replace);
        skip = new Button(page, SWT.CHECK);
        skip.setText(Messages.Validation_skip);
        skip.setData(WidgetIds.KEY, "import.skip");
        errorFile = new Text(page, SWT.BORDER);
        errorFile.setData(WidgetIds.KEY, "import.errorFile");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(errorFile);
        replace.addListener(SWT.Selection, e -> updateCompletion());
        skip.addListener(SWT.Selection, e -> updateCompletion());
        errorFile.addModifyListener(e -> updateCompletion());
        setControl(page);
    }

    private void column(String title, int width, java.util.function.Function<LineProblem, String> text) {
        TableViewerColumn c = new TableViewerColumn(problems, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((LineProblem) element);
            }
        });
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            // after the page is shown, so the wizard's progress bar is visible while the file is checked
            getShell().getDisplay().asyncExec(this::check);
        }
    }

    private void check() {
        Path file = wizard.file;
        ImportOptions options = wizard.options();
        wizard.report = null;
        setPageComplete(false);
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    wizard.report = wizard.service.validate(file, options, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause() instanceof KeystoneException k ? k.getMessage() : String.valueOf(e.getCause()));
            return;
        } catch (InterruptedException e) {
            return;
        }
        show(wizard.report);
    }

    private void show(ImportReport report) {
        if (summary.isDisposed()) {
            return;
        }
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Validation_summary, new Object[] {report.dataLines(),
            report.goodLines(), report.badLines(), report.firstDate() == null ? "–" : report.firstDate(),
            report.lastDate() == null ? "–" : report.lastDate(), report.customers()}));
        if (report.isClean()) {
            text.append(' ').append(Messages.Validation_clean);
        }
        if (report.linesInPeriod() > 0) {
            text.append('\n').append(NLS.bind(Messages.Validation_period, report.linesInPeriod()));
        }
        summary.setText(text.toString());
        problems.setInput(report.problems());
        replace.setEnabled(report.linesInPeriod() > 0);
        skip.setEnabled(report.badLines() > 0);
        if (errorFile.getText().isBlank()) {
            errorFile.setText(report.file() + ".errors.csv");
        }
        summary.getParent().layout(true, true);
        updateCompletion();
    }

    private void updateCompletion() {
        ImportReport report = wizard.report;
        if (report == null) {
            setPageComplete(false);
            return;
        }
        if (report.previousImport() != null) {
            setErrorMessage(NLS.bind(Messages.Validation_already, report.previousImport().id(),
                    report.previousImport().importedAt()));
            setPageComplete(false);
            return;
        }
        if (report.linesInPeriod() > 0 && !replace.getSelection()) {
            setErrorMessage(NLS.bind(Messages.Validation_period, report.linesInPeriod()));
            setPageComplete(false);
            return;
        }
        if (!report.importable(policy()) || (policy() == BadLinePolicy.SKIP && errorFile.getText().isBlank())) {
            setErrorMessage(report.describe(3));
            setPageComplete(false);
            return;
        }
        setErrorMessage(null);
        setPageComplete(true);
    }

    BadLinePolicy policy() {
        return skip.getSelection() ? BadLinePolicy.SKIP : BadLinePolicy.ABORT;
    }

    Path errorFile() {
        return errorFile.getText().isBlank() ? null : Path.of(errorFile.getText().strip());
    }

    boolean replacePeriod() {
        return replace.getSelection();
    }
}
