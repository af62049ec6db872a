package keystone.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import keystone.model.account.Account;
import keystone.model.account.AccountField;
import keystone.model.account.AccountService;
import keystone.model.account.AccountType;
import keystone.testsupport.Services;
import keystone.ui.KeystoneUi;
import keystone.ui.WidgetIds;
import keystone.ui.internal.editor.AccountEditor;

/**
 * Creating, editing, saving, undoing and deleting accounts through the real workbench, checked against the store.
 */
class AccountEditingTest {

    private static final String SAVE = "org.eclipse.ui.file.save";
    private static final String UNDO = "org.eclipse.ui.edit.undo";
    private static final String REDO = "org.eclipse.ui.edit.redo";

    private final WorkbenchFixture workbench = new WorkbenchFixture();
    private final AccountService accounts = Services.get(AccountService.class);

    @AfterEach
    void closeEditors() {
        workbench.closeAllEditors();
    }

    private String field(AccountField field) {
        return WidgetIds.accountField(field);
    }

    private int storedCount() {
        return accounts.summaries(LocalDate.now()).size();
    }

    @Test
    void newAccountCreatedThroughTheUiIsPersistedAndUndoRemovesIt() {
        String name = "Created Through UI " + System.nanoTime();
        int before = storedCount();

        workbench.driver.executeCommand(KeystoneUi.COMMAND_NEW_ACCOUNT);
        workbench.driver.text(WidgetIds.NEW_ACCOUNT_NAME).setText(name);
        workbench.driver.button(IDialogConstants.OK_LABEL).click();
        AccountEditor editor = workbench.waitForEditor(name);
        long id = editor.accountId();

        workbench.driver.text(field(AccountField.INDUSTRY)).setText("Aerospace");
        workbench.driver.text(field(AccountField.EMPLOYEES)).setText("1200");
        workbench.driver.combo(field(AccountField.TYPE)).select("Breadwinner");
        workbench.driver.waitUntil("the editor is dirty", editor::isDirty);
        workbench.driver.executeCommand(SAVE);
        workbench.driver.waitUntil("the save completed", () -> !editor.isDirty());
        workbench.closeAllEditors();

        Account stored = accounts.find(id).orElseThrow();
        assertEquals(name, stored.name());
        assertEquals("Aerospace", stored.industry());
        assertEquals(1200, stored.employees());
        assertEquals(AccountType.BREADWINNER, stored.type());
        workbench.driver.waitUntil("the navigator lists it",
                () -> workbench.navigator().indexOf(0, name) >= 0);

        workbench.activateNavigator();
        workbench.driver.executeCommand(UNDO);
        workbench.driver.waitUntil("undo removed the account from the store", () -> accounts.find(id).isEmpty());
        workbench.driver.waitUntil("and from the navigator", () -> workbench.navigator().indexOf(0, name) < 0);
        assertEquals(before, storedCount());

        workbench.driver.executeCommand(REDO);
        workbench.driver.waitUntil("redo brought it back with its saved fields", () -> accounts.find(id)
                .map(a -> a.industry().equals("Aerospace")).orElse(false));
        accounts.delete(id);
    }

    @Test
    void fieldEditsUndoAndRedoInTheEditor() {
        Account account = accounts.create(Account.draft("Undo Redo Ltd " + System.nanoTime(), AccountType.EXPERT)
                .toBuilder().industry("Retail").build());
        try {
            workbench.driver.syncRun(() -> keystone.ui.internal.navigator.AccountsNavigatorView
                    .open(workbench.page(), account.id(), account.name()));
            AccountEditor editor = workbench.waitForEditor(account.name());

            workbench.driver.text(field(AccountField.INDUSTRY)).setText("Wholesale");
            workbench.driver.text(field(AccountField.COUNTRY)).setText("Spain");
            workbench.driver.waitUntil("dirty after edits", editor::isDirty);

            workbench.driver.executeCommand(UNDO);
            workbench.driver.waitUntil("undo took back the country",
                    () -> workbench.driver.text(field(AccountField.COUNTRY)).getText().isEmpty());
            assertEquals("Wholesale", workbench.driver.text(field(AccountField.INDUSTRY)).getText());
            workbench.driver.executeCommand(UNDO);
            workbench.driver.waitUntil("undo took back the industry and the editor is clean",
                    () -> workbench.driver.text(field(AccountField.INDUSTRY)).getText().equals("Retail")
                            && !editor.isDirty());

            workbench.driver.executeCommand(REDO);
            workbench.driver.waitUntil("redo reapplied the industry",
                    () -> workbench.driver.text(field(AccountField.INDUSTRY)).getText().equals("Wholesale")
                            && editor.isDirty());
            assertEquals("Retail", accounts.find(account.id()).orElseThrow().industry(), "nothing saved yet");
        } finally {
            workbench.closeAllEditors();
            accounts.delete(account.id());
        }
    }

    @Test
    void anInvalidNumberIsRefusedWithAVisibleMessageAndNotSaved() {
        Account account = accounts.create(Account.draft("Validation GmbH " + System.nanoTime(), AccountType.PROSPECT)
                .toBuilder().employees(40).build());
        try {
            workbench.driver.syncRun(() -> keystone.ui.internal.navigator.AccountsNavigatorView
                    .open(workbench.page(), account.id(), account.name()));
            AccountEditor editor = workbench.waitForEditor(account.name());

            workbench.driver.text(field(AccountField.EMPLOYEES)).setText("many");
            workbench.driver.waitUntil("the form shows the problem", () -> {
                var form = editor.getActivePageInstance().getManagedForm().getForm().getForm();
                return form.getMessageType() == org.eclipse.jface.dialogs.IMessageProvider.ERROR
                        && java.util.Arrays.stream(form.getChildrenMessages())
                                .anyMatch(m -> m.getMessage().contains("whole number"));
            });
            workbench.driver.executeCommand(SAVE);
            workbench.driver.waitUntil("the refusal is shown", () -> java.util.Arrays.stream(editor
                    .getActivePageInstance().getManagedForm().getForm().getForm().getChildrenMessages())
                    .anyMatch(m -> m.getMessage().contains("Not saved")));
            assertTrue(workbench.driver.syncCall(editor::isDirty));
            assertEquals(40, accounts.find(account.id()).orElseThrow().employees());

            workbench.driver.text(field(AccountField.EMPLOYEES)).setText("250");
            workbench.driver.executeCommand(SAVE);
            workbench.driver.waitUntil("a valid value saves", () -> !editor.isDirty());
            assertEquals(250, accounts.find(account.id()).orElseThrow().employees());
        } finally {
            workbench.closeAllEditors();
            accounts.delete(account.id());
        }
    }

    @Test
    void deleteAsksForConfirmationAndUndoRestoresTheAccount() {
        Account account = accounts.create(Account.draft("Delete Me SA " + System.nanoTime(), AccountType.IMAGE_MAKER)
                .toBuilder().owner("Lucía Gómez").country("Mexico").build());
        workbench.activateNavigator();
        workbench.navigator().select(0, account.name());

        workbench.driver.executeCommand(KeystoneUi.COMMAND_DELETE_ACCOUNT);
        workbench.driver.shell("Delete Account");
        workbench.driver.button(IDialogConstants.OK_LABEL).click();
        workbench.driver.waitUntil("it is deleted", () -> accounts.find(account.id()).isEmpty());
        workbench.driver.waitUntil("and gone from the navigator",
                () -> workbench.navigator().indexOf(0, account.name()) < 0);

        workbench.activateNavigator();
        workbench.driver.executeCommand(UNDO);
        workbench.driver.waitUntil("undo restored it", () -> accounts.find(account.id()).isPresent());
        assertEquals(account, accounts.find(account.id()).orElseThrow());
        accounts.delete(account.id());
    }
}
