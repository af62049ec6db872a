package keystone.salesimport.ui.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import keystone.salesimport.ColumnMapping;
import keystone.salesimport.ColumnRef;
import keystone.salesimport.ImportField;
import keystone.salesimport.MappingProfile;
import keystone.ui.WidgetIds;

/**
 * Second wizard page: which column holds which field, guessed from the column names (in English, German,
 * Spanish, Russian...) or taken from the profile; the mapping can be saved as a named profile.
 */
final class MappingPage extends WizardPage {

    /** Column-name fragments that suggest a field, lower case; the first field whose fragment matches wins. */
    private static final Map<ImportField, List<String>> HINTS = Map.of(
            ImportField.CUSTOMER_ID, List.of("customer id", "customer_id", "customerid", "kundennr", "kunde", "client",
                    "cliente", "клиент", "客户编号", "customer", "debitor"),
            ImportField.CUSTOMER_NAME, List.of("customer name", "name", "nombre", "наименование", "客户名称"),
            ImportField.DATE, List.of("date", "datum", "fecha", "дата", "日期"),
            ImportField.AMOUNT, List.of("amount", "revenue", "betrag", "umsatz", "importe", "сумма", "金额", "net", "value"),
            ImportField.MARGIN, List.of("margin", "marge", "margen", "маржа", "毛利"),
            ImportField.PRODUCT, List.of("product", "artikel", "producto", "товар", "产品"),
            ImportField.QUANTITY, List.of("quantity", "qty", "menge", "cantidad", "количество", "数量"),
            ImportField.ORDER_ID, List.of("order", "invoice", "beleg", "pedido", "factura", "заказ", "订单"));

    private final ImportSalesWizard wizard;
    private final Map<ImportField, Combo> combos = new EnumMap<>(ImportField.class);
    private Text profileName;
    private List<String> columns = List.of();

    MappingPage(ImportSalesWizard wizard) {
        super("mapping", Messages.Mapping_title, null);
        this.wizard = wizard;
        setDescription(Messages.Mapping_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        for (ImportField field : ImportField.values()) {
            new Label(page, SWT.NONE).setText(Messages.of(field) + (field.required() ? " *" : ""));
            Combo combo = new Combo(page, SWT.READ_ONLY);
            combo.setData(WidgetIds.KEY, "import.map." + field.key());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            combo.addListener(SWT.Selection, e -> validate());
            combos.put(field, combo);
        }
        new Label(page, SWT.NONE).setText(Messages.Mapping_saveAs);
        profileName = new Text(page, SWT.BORDER);
        profileName.setData(WidgetIds.KEY, "import.profileName");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(profileName);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            fill();
        }
        super.setVisible(visible);
    }

    /** Offers the detected columns and preselects the profile's mapping or the guessed one. */
    private void fill() {
        columns = wizard.detected == null || wizard.detected.columns() == null ? List.of() : wizard.detected.columns();
        for (Map.Entry<ImportField, Combo> e : combos.entrySet()) {
            Combo combo = e.getValue();
            combo.removeAll();
            combo.add(Messages.Mapping_none);
            columns.forEach(combo::add);
            int index = preselect(e.getKey());
            combo.select(index < 0 ? 0 : index + 1);
        }
        validate();
    }

    private int preselect(ImportField field) {
        ColumnMapping mapping = wizard.mapping;
        if (mapping != null && mapping.get(field) != null) {
            ColumnRef ref = mapping.get(field);
            return ref.isNamed() ? columns.indexOf(ref.name()) : ref.position() - 1;
        }
        for (String hint : HINTS.get(field)) {
            for (int i = 0; i < columns.size(); i++) {
                String name = columns.get(i).toLowerCase(Locale.ROOT).strip();
                if (name.equals(hint) || (hint.length() > 3 && name.contains(hint) && !claimedElsewhere(field, i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A column whose name fits the customer id better than the customer name keeps its first claim. */
    private boolean claimedElsewhere(ImportField field, int column) {
        String name = columns.get(column).toLowerCase(Locale.ROOT);
        return field == ImportField.CUSTOMER_ID && (name.contains("name") || name.contains("nombre"));
    }

    private void validate() {
        Map<ImportField, ColumnRef> chosen = new EnumMap<>(ImportField.class);
        for (Map.Entry<ImportField, Combo> e : combos.entrySet()) {
            int index = e.getValue().getSelectionIndex();
            if (index > 0) {
                boolean header = wizard.detected != null && !Boolean.FALSE.equals(wizard.detected.header());
                chosen.put(e.getKey(), header ? ColumnRef.named(columns.get(index - 1)) : ColumnRef.at(index));
            }
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !chosen.containsKey(field)) {
                setErrorMessage(NLS.bind(Messages.Mapping_missing, Messages.of(field)));
                setPageComplete(false);
                return;
            }
        }
        wizard.mapping = ColumnMapping.of(chosen);
        setErrorMessage(null);
        setPageComplete(true);
    }

    /** Saves the mapping and overrides under the typed profile name, when one was typed. */
    void saveProfileIfNamed() {
        String name = profileName.getText().strip();
        if (!name.isEmpty()) {
            wizard.profiles.save(new MappingProfile(name, wizard.mapping, wizard.overrides));
        }
    }
}
