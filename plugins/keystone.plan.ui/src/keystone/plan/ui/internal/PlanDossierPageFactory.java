package keystone.plan.ui.internal;

import org.eclipse.ui.forms.editor.IFormPage;

import keystone.ui.DossierEditorContext;
import keystone.ui.DossierPage;

/**
 * Contributes the Plan page to every account dossier (extension point {@code keystone.ui.dossierPages}).
 */
public final class PlanDossierPageFactory implements DossierPage {

    @Override
    public IFormPage create(DossierEditorContext context) {
        return new PlanDossierPage(context);
    }
}
