package keystone.dossier;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import keystone.model.account.Account;

/**
 * Everything known about one key account (domain brief, section 1): its general information, qualification,
 * relationship history, competitors with our share of wallet, and key contacts. An immutable value; every part
 * belongs to the dossier's account.
 *
 * <p>The history is kept in date order; events of the same day stay in the order given.</p>
 *
 * @param account          the account's general information (stored through the account service, not with the
 *                         dossier)
 * @param qualification    the three P assessment
 * @param history          the relationship history, oldest first
 * @param competitors      the competitors active at the account, in the user's order
 * @param ourShareOfWallet our estimated share of the account's spend in percent (0 to 100, two decimals), or
 *                         {@code null} when unknown
 * @param keyContacts      the key people at the account, in the user's order
 */
public record Dossier(Account account, Qualification qualification, List<HistoryEvent> history,
        List<Competitor> competitors, BigDecimal ourShareOfWallet, List<KeyContact> keyContacts) {

    public Dossier {
        Objects.requireNonNull(account, "account");
        long id = account.id();
        qualification = qualification == null ? Qualification.empty(id) : qualification;
        history = history == null ? List.of()
                : history.stream().sorted(Comparator.comparing(HistoryEvent::date)).toList(); // stable sort
        competitors = competitors == null ? List.of() : List.copyOf(competitors);
        ourShareOfWallet = Checks.percent(ourShareOfWallet, "our share of wallet");
        keyContacts = keyContacts == null ? List.of() : List.copyOf(keyContacts);
        requireAccount(id, qualification.accountId(), "the qualification");
        for (HistoryEvent e : history) {
            requireAccount(id, e.accountId(), "the history event " + e.id());
        }
        for (Competitor c : competitors) {
            requireAccount(id, c.accountId(), "the competitor " + c.id());
        }
        for (KeyContact k : keyContacts) {
            requireAccount(id, k.accountId(), "the key contact " + k.id());
        }
    }

    private static void requireAccount(long expected, long actual, String what) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + " belongs to account " + actual + ", not to the dossier's account "
                    + expected + ".");
        }
    }

    /** The dossier of an account of which nothing is recorded yet. */
    public static Dossier empty(Account account) {
        return new Dossier(account, null, List.of(), List.of(), null, List.of());
    }

    public long accountId() {
        return account.id();
    }

    /** The events of one kind, in date order, e.g. {@code events(Tender.class)}. */
    public <T extends HistoryEvent> List<T> events(Class<T> kind) {
        return history.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public Dossier withAccount(Account newAccount) {
        return new Dossier(newAccount, qualification, history, competitors, ourShareOfWallet, keyContacts);
    }

    public Dossier withQualification(Qualification newQualification) {
        return new Dossier(account, newQualification, history, competitors, ourShareOfWallet, keyContacts);
    }

    public Dossier withHistory(List<HistoryEvent> newHistory) {
        return new Dossier(account, qualification, newHistory, competitors, ourShareOfWallet, keyContacts);
    }

    public Dossier withCompetitors(List<Competitor> newCompetitors) {
        return new Dossier(account, qualification, history, newCompetitors, ourShareOfWallet, keyContacts);
    }

    public Dossier withOurShareOfWallet(BigDecimal newShare) {
        return new Dossier(account, qualification, history, competitors, newShare, keyContacts);
    }

    public Dossier withKeyContacts(List<KeyContact> newKeyContacts) {
        return new Dossier(account, qualification, history, competitors, ourShareOfWallet, newKeyContacts);
    }
}
