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

    /** Whether the page has unsaved data; tests set it, then call {@code dirtyChanged}. */
    static volatile boolean dirty;
    /** Whether the page's save fails, as a page whose data the store refuses would. */
    static volatile boolean failSave;
    /** How often the page's data was saved. */
    static volatile int saves;

    @Override
    public IFormPage create(DossierEditorContext context) {
        context.addSaveParticipant(new DossierEditorContext.SaveParticipant() {
            @Override
            public boolean isDirty() {
                return dirty;
            }

            @Override
            public void save(org.eclipse.core.runtime.IProgressMonitor monitor) {
                if (failSave) {
                    throw new keystone.model.KeystoneException("The team's page refuses to be saved (test).");
                }
                saves++;
            }

            @Override
            public void saved() {
                dirty = false;
            }
        });
        return new FormPage(context.editor(), ID, TITLE) {
            @Override
            protected void createFormContent(IManagedForm managedForm) {
                managedForm.getForm().setText(TITLE + " for account " + context.accountId());
            }
        };
    }
}
