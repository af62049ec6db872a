package keystone.salesimport.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import keystone.model.KeystoneException;
import keystone.salesimport.BadLinePolicy;
import keystone.salesimport.ColumnMapping;
import keystone.salesimport.Detection;
import keystone.salesimport.ImportOptions;
import keystone.salesimport.ImportReport;
import keystone.salesimport.ImportResult;
import keystone.salesimport.MappingProfile;
import keystone.salesimport.ProfileStore;
import keystone.salesimport.SalesImportService;

/**
 * The sales import wizard: choose and preview the file (detection overridable), map its columns, check every
 * line, then import in one transaction with the wizard's progress bar (cancellable). Work on the file and the
 * database always runs forked, never on the UI thread.
 */
public final class ImportSalesWizard extends Wizard {

    final SalesImportService service;
    final ProfileStore profiles;
    final FilePage filePage;
    final MappingPage mappingPage;
    final ValidationPage validationPage;

    /** What the pages agreed on so far. */
    Path file;
    Detection overrides = Detection.NONE;
    Detection detected;
    ColumnMapping mapping;
    MappingProfile profile;
    ImportReport report;
    ImportResult result;

    public ImportSalesWizard(SalesImportService service, ProfileStore profiles, Path initialFile) {
        this.service = service;
        this.profiles = profiles;
        this.file = initialFile;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
        filePage = new FilePage(this);
        mappingPage = new MappingPage(this);
        validationPage = new ValidationPage(this);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(mappingPage);
        addPage(validationPage);
    }

    ImportOptions options() {
        return new ImportOptions(overrides, mapping);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == validationPage && validationPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportOptions options = options();
        BadLinePolicy policy = validationPage.policy();
        Path errorFile = validationPage.errorFile();
        boolean replace = validationPage.replacePeriod();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    result = service.importFile(file, options, policy, errorFile, replace, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            String message = e.getCause() instanceof KeystoneException k ? k.getMessage() : String.valueOf(e.getCause());
            validationPage.setErrorMessage(NLS.bind(Messages.Import_failed, message));
            return false;
        } catch (InterruptedException e) {
            return false; // cancelled: the transaction was rolled back, nothing changed
        }
        mappingPage.saveProfileIfNamed();
        return true;
    }

    /** The import's outcome after a successful finish; for the handler and tests. */
    public ImportResult result() {
        return result;
    }
}
