package keystone.ui;

import org.eclipse.ui.forms.editor.IFormPage;

/**
 * A page of the account dossier editor, contributed through the extension point {@code keystone.ui.dossierPages}.
 * The built-in pages (qualification, history, competitors...) use this same point.
 */
public interface DossierPage {

    /** Creates the page for one editor; called once per editor, on the UI thread. */
    IFormPage create(DossierEditorContext context);
}
