package keystone.ui.internal.editor;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import keystone.model.account.AccountField;
import keystone.model.account.AccountType;
import keystone.ui.WidgetIds;
import keystone.ui.internal.Labels;
import keystone.ui.internal.Messages;

/**
 * The account editor's page of general information (domain brief, section 1), in sections.
 */
final class GeneralPage extends FormPage {

    static final String ID = keystone.ui.KeystoneUi.GENERAL_PAGE_ID;

    private final AccountModel model;
    private final FieldEdits edits;
    private ScrolledForm form;

    GeneralPage(AccountEditor editor, AccountModel model, FieldEdits edits) {
        super(editor, ID, Messages.Editor_generalPage);
        this.model = model;
        this.edits = edits;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(model.isLoaded() ? model.current().name() : Messages.Editor_loading);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(12, 12).applyTo(body);

        Composite company = section(toolkit, body, Messages.Editor_identitySection);
        text(managedForm, company, AccountField.NAME, SWT.SINGLE);
        typeCombo(toolkit, company);
        text(managedForm, company, AccountField.INDUSTRY, SWT.SINGLE);
        text(managedForm, company, AccountField.COUNTRY, SWT.SINGLE);
        text(managedForm, company, AccountField.REGION, SWT.SINGLE);
        text(managedForm, company, AccountField.WEBSITE, SWT.SINGLE);
        text(managedForm, company, AccountField.CUSTOMER_ID, SWT.SINGLE);

        Composite right = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(12, 12).applyTo(right);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(right);
        Composite size = section(toolkit, right, Messages.Editor_sizeSection);
        text(managedForm, size, AccountField.EMPLOYEES, SWT.SINGLE);
        text(managedForm, size, AccountField.ANNUAL_REVENUE, SWT.SINGLE);
        text(managedForm, size, AccountField.CURRENCY, SWT.SINGLE);
        Composite team = section(toolkit, right, Messages.Editor_teamSection);
        text(managedForm, team, AccountField.OWNER, SWT.SINGLE);
        text(managedForm, team, AccountField.TEAM, SWT.SINGLE);

        Composite background = section(toolkit, body, Messages.Editor_descriptionSection);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(background.getParent());
        text(managedForm, background, AccountField.HISTORY, SWT.MULTI);
        text(managedForm, background, AccountField.STRUCTURE, SWT.MULTI);
        text(managedForm, background, AccountField.ENVIRONMENT, SWT.MULTI);

        model.addListener(field -> {
            if (model.isLoaded() && !form.isDisposed()) {
                form.setText(model.current().name());
            }
        });
    }

    private static Composite section(FormToolkit toolkit, Composite parent, String title) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(client);
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    private void text(IManagedForm managedForm, Composite parent, AccountField field, int style) {
        FormToolkit toolkit = managedForm.getToolkit();
        var label = toolkit.createLabel(parent, Labels.of(field));
        boolean multi = style == SWT.MULTI;
        GridDataFactory.fillDefaults().align(SWT.FILL, multi ? SWT.TOP : SWT.CENTER).applyTo(label);
        Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        text.setData(WidgetIds.KEY, WidgetIds.accountField(field));
        if (field.maxLength() > 0) {
            text.setTextLimit(field.maxLength());
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(100, multi ? 80 : SWT.DEFAULT).applyTo(text);
        new TextBinding(text, field, model, edits, managedForm.getMessageManager());
    }

    private void typeCombo(FormToolkit toolkit, Composite parent) {
        toolkit.createLabel(parent, Labels.of(AccountField.TYPE));
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setData(WidgetIds.KEY, WidgetIds.accountField(AccountField.TYPE));
        AccountType[] types = AccountType.values();
        combo.setItems(Arrays.stream(types).map(Labels::of).toArray(String[]::new));
        combo.setToolTipText(Arrays.stream(types)
                .map(t -> NLS.bind("{0}: {1}", Labels.of(t), Labels.tooltip(t)))
                .collect(Collectors.joining("\n")));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, e -> {
            AccountType chosen = types[combo.getSelectionIndex()];
            if (model.isLoaded() && chosen != model.get(AccountField.TYPE)) {
                edits.change(AccountField.TYPE, chosen);
                edits.endEdit();
            }
        });
        model.addListener(field -> {
            if ((field == null || field == AccountField.TYPE) && model.isLoaded() && !combo.isDisposed()) {
                combo.select(((AccountType) model.get(AccountField.TYPE)).ordinal());
            }
        });
        if (model.isLoaded()) {
            combo.select(((AccountType) model.get(AccountField.TYPE)).ordinal());
        }
    }
}
