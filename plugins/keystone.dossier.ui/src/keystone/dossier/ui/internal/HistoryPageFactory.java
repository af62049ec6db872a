package keystone.dossier.ui.internal;

import org.eclipse.ui.forms.editor.IFormPage;

import keystone.ui.DossierEditorContext;
import keystone.ui.DossierPage;

/**
 * Contributes the History page to every account dossier (extension point {@code keystone.ui.dossierPages}).
 */
public final class HistoryPageFactory implements DossierPage {

    @Override
    public IFormPage create(DossierEditorContext context) {
        return new HistoryPage(context);
    }
}
