package keystone.model.actions;

import java.time.LocalDate;
import java.util.List;

/**
 * A plugin's open actions for the portfolio-wide "My Open Actions" list: any plugin that records actions with an
 * owner and a due date (account plans, for one) registers an implementation as an OSGi service, and the list shows
 * the rows of every source beside the dossier's own meeting follow-ups. Called from a job, never from the UI thread.
 */
public interface OpenActionSource {

    /** Every action still to be done, as of {@code today} (which decides what is overdue), in any order. */
    List<OpenActionRow> openActions(LocalDate today);
}
