package keystone.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads and writes account dossiers on the shared database and answers the questions asked across them: search,
 * open actions, headline figures from sales and churn signals. Call it from a job, never from the UI thread.
 * Failures of the database arrive as {@link keystone.model.store.StoreException}.
 */
public interface DossierService {

    /**
     * The dossier of an account; an account of which nothing is recorded yet (or whose dossier was deleted with it
     * and not saved again) has an {@link Dossier#empty empty} dossier.
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    Dossier load(long accountId);

    /**
     * Replaces everything stored for the dossier's account (qualification, share of wallet, history with
     * follow-ups, competitors, key contacts) in one transaction, and announces it on {@link keystone.model.KeystoneTopics#DOSSIER_CHANGED}.
     * Ids of stored parts are kept; new parts ({@code NEW_ID}) get one. The account's general information is not
     * written: it is saved through {@link keystone.model.account.AccountService}.
     *
     * @return the dossier as stored, with the ids of its new parts
     * @throws InvalidDossierException          when {@link DossierValidation} finds problems (nothing is written)
     * @throws keystone.model.KeystoneException when the account does not exist
     */
    Dossier save(Dossier dossier);

    /**
     * Accounts whose dossier contains {@code text}, ignoring case: one hit per account and section, by account name
     * then section, at most {@code limit}. Searches the account's name, history, structure and environment; the
     * qualification's evidence; events' titles, notes, deliveries, reasons, winners, resolutions, participants and
     * minutes; follow-up actions and owners; everything noted on competitors; key contacts' names and roles.
     * Blank text finds nothing.
     */
    List<SearchHit> search(String text, int limit);

    /** Every follow-up action not done, across all accounts: overdue first, then by due date. */
    List<OpenAction> openActions(LocalDate today);

    /**
     * Tender win rate and complaint resolution of an account as of {@code today}.
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    HistoryStats stats(long accountId, LocalDate today);

    /**
     * The headline figures of an account from imported sales as of {@code today}; all zero for an account not
     * linked to a customer.
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    Headline headline(long accountId, LocalDate today);

    /**
     * The active churn signals of an account as of {@code today} ({@link ChurnRules}).
     *
     * @throws keystone.model.KeystoneException when there is no such account
     */
    List<RiskSignal> signals(long accountId, LocalDate today, RiskThresholds thresholds);

    /**
     * Every account with at least one active signal as of {@code today}, the most revenue at risk first (then by
     * name).
     */
    List<AtRisk> atRisk(LocalDate today, RiskThresholds thresholds);
}
