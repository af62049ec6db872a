package keystone.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import keystone.dossier.Competitor;
import keystone.dossier.Complaint;
import keystone.dossier.Delivery;
import keystone.dossier.Dossier;
import keystone.dossier.FollowUp;
import keystone.dossier.HistoryEvent;
import keystone.dossier.KeyContact;
import keystone.dossier.Meeting;
import keystone.dossier.Qualification;
import keystone.dossier.Qualification.Rating;
import keystone.dossier.Tender;
import keystone.dossier.TenderOutcome;
import keystone.model.account.Account;
import keystone.model.account.AccountType;

/**
 * Full dossiers for the demo key accounts: three years of deliveries, tenders, complaints and meetings with
 * follow-ups, competitors with their share of wallet, the three-P qualification and key contacts. Deterministic for
 * a seed and a day; a few accounts carry risk signals (an open complaint, a lost tender, a contact who left).
 */
public final class DemoDossiers {

    private static final String[] OUR_PEOPLE = {"Anna Keller", "Thomas Brenner", "Carmen Ortega", "Sophie Martin",
        "Dmitri Volkov", "Li Wei"};
    private static final String[] COMPETITORS = {"Voltaris Industrial", "Nordhaven Systems", "Grupo Ferrando",
        "Kessler & Partner", "Atlas Supply Co.", "Sinotec Components"};
    private static final String[] PRODUCTS = {"drive units", "control cabinets", "spare parts framework",
        "service contract", "sensor kits", "retrofit project"};
    private static final String[] TOPICS = {"annual price review", "quality audit follow-up", "new plant ramp-up",
        "framework agreement renewal", "innovation workshop", "service level review"};
    private static final String[] MINUTES = {
        "Purchasing confirmed the volume forecast; engineering asked for a faster spare-parts turnaround.",
        "The CFO questioned the price increase; agreed to show total cost of ownership at the next meeting.",
        "Plant manager reported two line stoppages; our service response was praised, documentation was not.",
        "They are evaluating a second supplier for risk reasons; our sole-source position is under review.",
        "Agreed a pilot for the new sensor kit at the Bilbao site; success criteria to be written by us.",
        "Technical buyer wants 24-month warranty; commercial terms to be discussed with the purchasing head."};
    private static final String[] LOSS_REASONS = {"price 8 % above the winner", "delivery time too long",
        "specification favoured the competitor's design"};

    private DemoDossiers() {
    }

    /** One dossier per account (accounts as stored, with ids), dated up to {@code today}. */
    public static List<Dossier> generate(long seed, List<Account> accounts, LocalDate today) {
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            dossiers.add(dossier(new Random(seed * 31 + i), accounts.get(i), today, i));
        }
        return dossiers;
    }

    private static Dossier dossier(Random random, Account account, LocalDate today, int index) {
        long id = account.id();
        List<HistoryEvent> history = new ArrayList<>();
        LocalDate start = today.minusYears(3);
        for (LocalDate d = start.plusDays(20); d.isBefore(today); d = d.plusDays(80 + random.nextInt(30))) {
            history.add(new Delivery(HistoryEvent.NEW_ID, id, d, "Delivery of " + pick(random, PRODUCTS), "",
                    pick(random, PRODUCTS), BigDecimal.valueOf(20_000 + random.nextInt(180_000))));
        }
        for (int t = 0; t < 3; t++) {
            LocalDate d = start.plusDays(150 + t * 330L + random.nextInt(60));
            boolean won = random.nextInt(3) > 0;
            history.add(new Tender(HistoryEvent.NEW_ID, id, d, "Tender: " + pick(random, PRODUCTS), "",
                    won ? TenderOutcome.WON : TenderOutcome.LOST, won ? "best total cost of ownership"
                            : pick(random, LOSS_REASONS), won ? "" : pick(random, COMPETITORS),
                    BigDecimal.valueOf(100_000 + random.nextInt(900_000))));
        }
        if (index % 3 == 1) { // a recent lost tender: a churn signal
            history.add(new Tender(HistoryEvent.NEW_ID, id, today.minusMonths(4), "Tender: framework 2027", "",
                    TenderOutcome.LOST, pick(random, LOSS_REASONS), pick(random, COMPETITORS), BigDecimal.valueOf(640_000)));
        }
        LocalDate complaint = start.plusDays(200 + random.nextInt(100));
        history.add(new Complaint(HistoryEvent.NEW_ID, id, complaint, "Late delivery at the main plant", "",
                complaint.plusDays(6 + random.nextInt(20)), "Expedited replacement; root cause in our logistics fixed."));
        if (index % 4 == 2) { // still open after two months: a churn signal
            history.add(new Complaint(HistoryEvent.NEW_ID, id, today.minusDays(65), "Recurring sensor failures", "",
                    null, ""));
        }
        for (int m = 0; m < 8; m++) {
            LocalDate d = start.plusDays(60 + m * 135L + random.nextInt(30));
            if (!d.isBefore(today)) {
                break;
            }
            String owner = OUR_PEOPLE[random.nextInt(OUR_PEOPLE.length)];
            boolean recent = d.isAfter(today.minusDays(150));
            List<FollowUp> followUps = List.of(
                    new FollowUp(FollowUp.NEW_ID, "Send revised offer", owner, d.plusDays(14), !recent),
                    new FollowUp(FollowUp.NEW_ID, "Arrange plant visit for their engineers", account.owner().isBlank()
                            ? owner : account.owner(), d.plusDays(45), !recent || random.nextBoolean()));
            history.add(new Meeting(HistoryEvent.NEW_ID, id, d, "Meeting: " + pick(random, TOPICS), "",
                    account.owner() + ", " + owner + "; purchasing head, plant manager", pick(random, MINUTES), followUps));
        }
        List<Competitor> competitors = new ArrayList<>();
        int competitorsTotal = 0;
        for (int c = 0; c < 2 + index % 2; c++) {
            int share = 8 + random.nextInt(15);
            competitorsTotal += share;
            competitors.add(new Competitor(Competitor.NEW_ID, id, COMPETITORS[(index + c) % COMPETITORS.length],
                    pick(random, PRODUCTS), BigDecimal.valueOf(share), "Price, local presence",
                    "Slow service, thin engineering support", "Knows the purchasing head well"));
        }
        // the rest of the wallet is ours, less some buying outside any competitor: never above 100 % together
        BigDecimal ours = BigDecimal.valueOf(Math.max(10, 100 - competitorsTotal - random.nextInt(15)));
        boolean prospect = account.type() == AccountType.PROSPECT;
        Qualification qualification = new Qualification(id, Rating.YES, "Growing installed base needs our drives.",
                prospect ? Rating.PARTLY : Rating.YES, prospect ? "New company; first annual report pending."
                        : "Rated A by the credit agency; pays within terms.", prospect ? Rating.PARTLY : Rating.YES,
                prospect ? "Only the technical buyer is known so far." : "Regular meetings with the purchasing head and CFO.",
                today.minusMonths(2 + index), account.owner().isBlank() ? OUR_PEOPLE[0] : account.owner());
        List<KeyContact> contacts = new ArrayList<>(List.of(
                new KeyContact(KeyContact.NEW_ID, id, "Head of purchasing", "economic buyer", false, null),
                new KeyContact(KeyContact.NEW_ID, id, "Plant manager", "user buyer", false, null)));
        if (index % 4 == 0) { // a champion who left: a churn signal
            contacts.add(new KeyContact(KeyContact.NEW_ID, id, "Former quality director", "champion", true,
                    today.minusMonths(3)));
        }
        return new Dossier(account, qualification, history, competitors, ours, contacts);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
