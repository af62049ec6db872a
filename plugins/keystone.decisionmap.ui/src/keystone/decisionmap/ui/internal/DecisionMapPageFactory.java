package keystone.decisionmap.ui.internal;

import org.eclipse.ui.forms.editor.IFormPage;

import keystone.ui.DossierEditorContext;
import keystone.ui.DossierPage;

/**
 * Contributes the Decision Makers page to every account dossier (extension point {@code keystone.ui.dossierPages}).
 */
public final class DecisionMapPageFactory implements DossierPage {

    @Override
    public IFormPage create(DossierEditorContext context) {
        return new DecisionMapPage(context);
    }
}
