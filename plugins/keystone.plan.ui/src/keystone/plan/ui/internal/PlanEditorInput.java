package keystone.plan.ui.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * Identifies the plan an editor shows: an account and a year. Two inputs are equal when they name the same
 * account and year.
 */
public final class PlanEditorInput implements IEditorInput {

    private final long accountId;
    private final int year;
    private final String accountName;

    public PlanEditorInput(long accountId, int year, String accountName) {
        this.accountId = accountId;
        this.year = year;
        this.accountName = accountName == null ? "" : accountName;
    }

    public long accountId() {
        return accountId;
    }

    public int year() {
        return year;
    }

    public String accountName() {
        return accountName;
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
        return NLS.bind(Messages.Editor_title, accountName, year);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanEditorInput other && other.accountId == accountId && other.year == year;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, year);
    }
}
