package keystone.plan.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;

import keystone.model.account.Account;
import keystone.model.account.AccountService;
import keystone.model.account.AccountSummary;
import keystone.model.account.AccountType;
import keystone.model.sales.SalesService;
import keystone.plan.PlanService;
import keystone.testsupport.Services;
import keystone.testsupport.ui.SwtDriver;
import keystone.ui.AccountEditorInput;
import keystone.ui.KeystoneUi;

/**
 * Works the plan UI in the real workbench on the demo database: fresh key accounts linked to demo customers with
 * sales (deleted again after the test), account and plan editors, buttons and form messages.
 */
final class PlanUiFixture {

    static final String OWNER = "Test Owner";
    static final String TEAM = "Test Owner, Second Member";

    final SwtDriver driver = SwtDriver.forWorkbench();
    final LocalDate today = LocalDate.now();
    private final List<Long> created = new ArrayList<>();

    IWorkbenchPage page() {
        return driver.syncCall(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
    }

    PlanService plans() {
        return Services.get(PlanService.class);
    }

    /**
     * A new key account linked to the demo customer with the most sales this year (or, early in January, last year)
     * that no account is linked to yet, so that plan-vs-actual figures come from the demo's sales.
     */
    Account freshAccount(String name) {
        AccountService accounts = Services.get(AccountService.class);
        SalesService sales = Services.get(SalesService.class);
        Set<String> linked = accounts.summaries(today).stream().map(s -> accounts.find(s.id()))
                .flatMap(java.util.Optional::stream).map(Account::customerId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, BigDecimal> revenue = sales.revenueByCustomer(today.withDayOfYear(1), today);
        if (revenue.keySet().stream().allMatch(linked::contains)) {
            revenue = sales.revenueByCustomer(today.minusYears(1).withDayOfYear(1), today);
        }
        String customer = revenue.entrySet().stream().filter(e -> !linked.contains(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new AssertionError("the demo has a customer with sales and no account"));
        Account account = accounts.create(Account.draft(name, AccountType.BREADWINNER).toBuilder().owner(OWNER)
                .team(TEAM).customerId(customer).build());
        created.add(account.id());
        return account;
    }

    /** The demo's key accounts (and any others), by name. */
    List<AccountSummary> accounts() {
        return Services.get(AccountService.class).summaries(today).stream()
                .sorted(Comparator.comparing(AccountSummary::name)).toList();
    }

    /** Opens the account editor on the dossier page {@code pageId}. */
    FormEditor openAccount(Account account, String pageId) {
        return driver.syncCall(() -> {
            try {
                FormEditor form = (FormEditor) page().openEditor(new AccountEditorInput(account.id(), account.name()),
                        KeystoneUi.ACCOUNT_EDITOR_ID);
                form.setActivePage(pageId);
                return form;
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Opens the plan editor of the account's {@code year} and waits until its plan is loaded. */
    PlanEditor openPlan(Account account, int year) {
        PlanEditor editor = driver.syncCall(() -> {
            try {
                return (PlanEditor) page().openEditor(new PlanEditorInput(account.id(), year, account.name()),
                        PlanEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        waitLoaded(editor);
        return editor;
    }

    void waitLoaded(PlanEditor editor) {
        driver.waitUntil("the plan is loaded", () -> editor.document().isLoaded());
    }

    /** Shows the editor's page {@code pageId} and makes the editor the active part (for undo, redo and save). */
    void show(FormEditor editor, String pageId) {
        driver.syncRun(() -> {
            page().activate(editor);
            editor.setActivePage(pageId);
        });
    }

    /** The plan editor that is the active editor, once there is one. */
    PlanEditor activePlanEditor() {
        return driver.waitFor("a plan editor is active", () -> driver.syncCall(() -> {
            IEditorPart active = page().getActiveEditor();
            return active instanceof PlanEditor p ? java.util.Optional.of(p) : java.util.Optional.<PlanEditor>empty();
        }));
    }

    void click(String buttonId) {
        driver.syncRun(() -> driver.byId(Button.class, buttonId).notifyListeners(SWT.Selection, new Event()));
    }

    boolean enabled(String buttonId) {
        return driver.syncCall(() -> driver.byId(Button.class, buttonId).isEnabled());
    }

    void undo() {
        driver.executeCommand("org.eclipse.ui.edit.undo");
    }

    void save(FormEditor editor) {
        driver.executeCommand("org.eclipse.ui.file.save");
        driver.waitUntil("the editor is saved", () -> !editor.isDirty());
    }

    /** Whether the active page of {@code editor} shows a form message containing {@code text}. */
    boolean showsMessage(FormEditor editor, String text) {
        return driver.syncCall(() -> {
            var form = editor.getActivePageInstance().getManagedForm().getForm().getForm();
            var messages = form.getChildrenMessages();
            return (form.getMessage() != null && form.getMessage().contains(text))
                    || messages != null && Arrays.stream(messages).anyMatch(m -> m.getMessage().contains(text));
        });
    }

    /** Closes every editor without saving and deletes the accounts this fixture created (with their plans). */
    void cleanUp() {
        driver.syncRun(() -> page().closeAllEditors(false));
        AccountService accounts = Services.get(AccountService.class);
        created.forEach(accounts::delete);
        created.clear();
    }
}
