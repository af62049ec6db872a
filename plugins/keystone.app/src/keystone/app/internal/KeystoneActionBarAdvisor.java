package keystone.app.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu's standard entries (save, undo, redo, delete, exit, about) and the status line item that names the
 * database in use. Keystone's own commands are contributed by plugins through menu contributions.
 */
final class KeystoneActionBarAdvisor extends ActionBarAdvisor {

    /** Id of the status line item showing the database; tests look for it. */
    static final String DATABASE_STATUS_ID = "keystone.app.status.database";

    private final Path database;

    KeystoneActionBarAdvisor(IActionBarConfigurer configurer, Path database) {
        super(configurer);
        this.database = database;
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory factory : new ActionFactory[] {ActionFactory.SAVE, ActionFactory.SAVE_ALL,
            ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.DELETE, ActionFactory.ABOUT,
            ActionFactory.PREFERENCES}) {
            register(factory.create(window));
        }
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_ALL.getId()));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.DELETE.getId()));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(getAction(ActionFactory.PREFERENCES.getId()));

        MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(getAction(ActionFactory.ABOUT.getId()));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        String text = NLS.bind(Messages.Status_database, database);
        StatusLineContributionItem item = new StatusLineContributionItem(DATABASE_STATUS_ID, text.length() + 2);
        item.setText(text);
        statusLine.add(item);
    }

}
