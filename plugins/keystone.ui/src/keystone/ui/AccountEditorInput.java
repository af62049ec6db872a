package keystone.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Identifies the account an editor shows; two inputs are equal when they name the same account id.
 */
public final class AccountEditorInput implements IEditorInput {

    private final long accountId;
    private String name;

    public AccountEditorInput(long accountId, String name) {
        this.accountId = accountId;
        this.name = name;
    }

    public long accountId() {
        return accountId;
    }

    /** Keeps the tab title current after a rename. */
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountEditorInput other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId);
    }
}
