package keystone.plan.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Export Plan as PDF...": asks for a file and writes the active plan editor's plan to it as a PDF report (active
 * only while a plan editor is).
 */
public final class ExportPdfHandler extends AbstractHandler {

    public static final String COMMAND_ID = "keystone.plan.ui.commands.exportPdf";

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor) {
            editor.promptExportPdf();
        }
        return null;
    }
}
