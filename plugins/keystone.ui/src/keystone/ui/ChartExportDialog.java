package keystone.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import keystone.charts.Drawing;
import keystone.charts.DrawingExporter;
import keystone.charts.ExportFormat;
import keystone.model.KeystoneException;
import keystone.ui.internal.UiJobs;

/**
 * Exporting a chart as the views do it: {@link #open} asks for a PNG, SVG or PDF file, and {@link #export} writes the
 * chart to it in a background job, never on the UI thread. A failure is shown to the user with the file and the
 * reason.
 *
 * <p>Build what is exported (a copy of the chart, the drawing of a figure) on the UI thread before calling
 * {@link #export}: the job must not share the chart on screen.</p>
 */
public final class ChartExportDialog {

    /** Writes a chart to a file in the format its extension names (png, svg or pdf); runs in the export job. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path file) throws IOException;
    }

    private ChartExportDialog() {
    }

    /**
     * Asks for the file to export to (a save dialog offering PNG, SVG and PDF that confirms overwriting) and hands
     * it to {@code export}; nothing happens when the user cancels.
     *
     * @param suggestedName the file name the dialog proposes, or null for none
     * @param export        starts the export to the chosen file, usually through {@link #export}
     */
    public static void open(Shell shell, String suggestedName, Consumer<Path> export) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(ExportFormat.filterExtensions());
        dialog.setFilterNames(filterNames());
        if (suggestedName != null) {
            dialog.setFileName(suggestedName);
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export.accept(Path.of(chosen));
        }
    }

    /**
     * Exports {@code drawing} at {@code width} x {@code height} drawing units to {@code file} in a background job;
     * the format follows the file's extension.
     *
     * @param jobName       the job's name, {0} being the file's name
     * @param failedMessage what the user is told if it fails, {0} being the file and {1} the reason
     */
    public static Job export(Drawing drawing, int width, int height, Path file, String jobName,
            String failedMessage) {
        return export(file, jobName, failedMessage, target -> DrawingExporter.export(drawing, width, height, target));
    }

    /**
     * Runs {@code writer} for {@code file} in a background job (a user job of {@link UiJobs}); if it fails, the user
     * is told {@code failedMessage} and the log keeps the cause.
     *
     * @param jobName       the job's name, {0} being the file's name
     * @param failedMessage what the user is told if it fails, {0} being the file and {1} the reason
     */
    public static Job export(Path file, String jobName, String failedMessage, Writer writer) {
        return UiJobs.user(NLS.bind(jobName, file.getFileName()), monitor -> {
            try {
                writer.writeTo(file);
                return file;
            } catch (OperationCanceledException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new KeystoneException(NLS.bind(failedMessage, file, e.getMessage()), e);
            }
        }, written -> { });
    }

    /** The name of each format, in the order of {@link ExportFormat#filterExtensions()}. */
    private static String[] filterNames() {
        ExportFormat[] formats = ExportFormat.values();
        String[] names = new String[formats.length];
        for (int i = 0; i < formats.length; i++) {
            names[i] = formats[i].name();
        }
        return names;
    }
}
