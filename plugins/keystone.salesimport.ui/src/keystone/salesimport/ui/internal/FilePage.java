package keystone.salesimport.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import keystone.model.KeystoneException;
import keystone.salesimport.DecimalSeparator;
import keystone.salesimport.Detection;
import keystone.salesimport.Detector;
import keystone.salesimport.Preview;
import keystone.ui.WidgetIds;

/**
 * First wizard page: the file, an optional saved profile, the detection Keystone made (every part overridable)
 * and a preview of the first rows read with it. The preview is read in a background job.
 */
final class FilePage extends WizardPage {

    static final String ID_FILE = "import.file";
    static final String ID_PREVIEW = "import.preview";
    static final String ID_DETECTED = "import.detected";
    private static final String[] ENCODINGS = {"UTF-8", "windows-1252", "windows-1251", "GBK"};
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int PREVIEW_ROWS = 20;

    private final ImportSalesWizard wizard;
    private Text file;
    private Combo profile;
    private Combo encoding;
    private Combo delimiter;
    private Combo decimal;
    private Text datePattern;
    private Label detected;
    private Table preview;
    private final AtomicInteger generation = new AtomicInteger();

    FilePage(ImportSalesWizard wizard) {
        super("file", Messages.File_title, null);
        this.wizard = wizard;
        setDescription(Messages.File_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.File_file);
        file = new Text(page, SWT.BORDER);
        file.setData(WidgetIds.KEY, ID_FILE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(file);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.File_browse);
        browse.addListener(SWT.Selection, e -> browse());

        new Label(page, SWT.NONE).setText(Messages.File_profile);
        profile = new Combo(page, SWT.READ_ONLY);
        List<String> names = wizard.profiles.names();
        profile.add(Messages.File_noProfile);
        names.forEach(profile::add);
        profile.select(0);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(profile);

        encoding = combo(page, Messages.File_encoding, ENCODINGS);
        delimiter = combo(page, Messages.File_delimiter, new String[] {",", ";", Messages.File_tab, "|"});
        decimal = combo(page, Messages.File_decimal, new String[] {Messages.File_point, Messages.File_comma});
        new Label(page, SWT.NONE).setText(Messages.File_datePattern);
        datePattern = new Text(page, SWT.BORDER);
        datePattern.setMessage(Messages.File_auto + "  dd.MM.yyyy");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(datePattern);

        detected = new Label(page, SWT.WRAP);
        detected.setData(WidgetIds.KEY, ID_DETECTED);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(detected);
        preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        preview.setData(WidgetIds.KEY, ID_PREVIEW);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(600, 200).applyTo(preview);

        file.addModifyListener(e -> refresh());
        profile.addListener(SWT.Selection, e -> applyProfile());
        for (Combo c : new Combo[] {encoding, delimiter, decimal}) {
            c.addListener(SWT.Selection, e -> refresh());
        }
        datePattern.addModifyListener(e -> refresh());
        if (wizard.file != null) {
            file.setText(wizard.file.toString());
        }
        setControl(page);
    }

    private static Combo combo(Composite page, String label, String[] items) {
        new Label(page, SWT.NONE).setText(label);
        Combo combo = new Combo(page, SWT.READ_ONLY);
        combo.add(Messages.File_auto);
        for (String item : items) {
            combo.add(item);
        }
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.csv;*.txt;*.xlsx", "*.*"});
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void applyProfile() {
        if (profile.getSelectionIndex() <= 0) {
            wizard.profile = null;
        } else {
            wizard.profile = wizard.profiles.load(profile.getText()).orElse(null);
        }
        if (wizard.profile != null) {
            Detection o = wizard.profile.overrides();
            select(encoding, o.encoding() == null ? -1 : java.util.Arrays.asList(ENCODINGS).indexOf(o.encoding()));
            select(delimiter, o.delimiter() == null ? -1 : new String(DELIMITERS).indexOf(o.delimiter()));
            select(decimal, o.decimalSeparator() == null ? -1 : o.decimalSeparator().ordinal());
            datePattern.setText(o.datePattern() == null ? "" : o.datePattern());
            wizard.mapping = wizard.profile.mapping();
        }
        refresh();
    }

    private static void select(Combo combo, int itemIndex) {
        combo.select(itemIndex + 1); // item 0 is "detect"
    }

    /** The overrides the controls describe: null where the user leaves detection to Keystone. */
    private Detection overrides() {
        String enc = encoding.getSelectionIndex() > 0 ? ENCODINGS[encoding.getSelectionIndex() - 1] : null;
        Character delim = delimiter.getSelectionIndex() > 0 ? DELIMITERS[delimiter.getSelectionIndex() - 1] : null;
        DecimalSeparator dec = decimal.getSelectionIndex() > 0 ? DecimalSeparator.values()[decimal.getSelectionIndex() - 1]
                : null;
        String pattern = datePattern.getText().isBlank() ? null : datePattern.getText().strip();
        return new Detection(null, enc, null, delim, null, dec, null, pattern, null, null);
    }

    private void refresh() {
        setPageComplete(false);
        String text = file.getText().strip();
        if (text.isEmpty()) {
            setErrorMessage(null);
            setMessage(Messages.File_noFile);
            return;
        }
        Path path = Path.of(text);
        if (!Files.isRegularFile(path)) {
            setErrorMessage(NLS.bind(Messages.File_missing, path));
            return;
        }
        Detection forced;
        try {
            forced = overrides();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        setErrorMessage(null);
        int mine = generation.incrementAndGet();
        Job job = new Job(NLS.bind(Messages.File_reading, path.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Object outcome;
                try {
                    outcome = Detector.preview(path, forced, PREVIEW_ROWS);
                } catch (KeystoneException | IllegalArgumentException e) {
                    outcome = e.getMessage();
                }
                Object shown = outcome;
                if (!preview.isDisposed()) {
                    preview.getDisplay().asyncExec(() -> {
                        if (mine == generation.get() && !preview.isDisposed()) {
                            show(path, forced, shown);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void show(Path path, Detection forced, Object outcome) {
        if (outcome instanceof String problem) {
            setErrorMessage(problem);
            return;
        }
        Preview p = (Preview) outcome;
        Detection d = p.detection();
        wizard.file = path;
        wizard.overrides = forced;
        wizard.detected = d;
        detected.setText(NLS.bind(Messages.File_detected, new Object[] {d.kind(), d.encoding(),
            d.delimiter() == null ? "" : d.delimiter() == '\t' ? Messages.File_tab : d.delimiter().toString(),
            d.decimalSeparator(), d.thousandsSeparator(), d.datePattern(), d.columns() == null ? 0 : d.columns().size()}));
        preview.setRedraw(false);
        preview.removeAll();
        for (TableColumn column : preview.getColumns()) {
            column.dispose();
        }
        List<String> columns = d.columns() == null ? List.of() : d.columns();
        for (String name : columns) {
            TableColumn column = new TableColumn(preview, SWT.LEFT);
            column.setText(name);
            column.setWidth(110);
        }
        for (List<String> row : p.rows()) {
            TableItem item = new TableItem(preview, SWT.NONE);
            for (int i = 0; i < row.size() && i < columns.size(); i++) {
                item.setText(i, row.get(i));
            }
        }
        preview.setRedraw(true);
        detected.getParent().layout(true, true);
        setPageComplete(!columns.isEmpty());
    }

}
