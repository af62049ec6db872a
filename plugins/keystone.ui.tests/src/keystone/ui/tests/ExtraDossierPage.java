package keystone.ui.tests;

import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.editor.IFormPage;

import keystone.ui.DossierEditorContext;
import keystone.ui.DossierPage;

/**
 * A dossier page contributed by this test fragment through {@code keystone.ui.dossierPages}, as another team's
 * plugin would contribute one.
 */
public final class ExtraDossierPage implements DossierPage {

    static final String ID = "keystone.ui.tests.pages.extra";
    static final String TITLE = "Team Extra";

    @Override
    public IFormPage create(DossierEditorContext context) {
        return new FormPage(context.editor(), ID, TITLE) {
            @Override
            protected void createFormContent(IManagedForm managedForm) {
                managedForm.getForm().setText(TITLE + " for account " + context.accountId());
            }
        };
    }
}
