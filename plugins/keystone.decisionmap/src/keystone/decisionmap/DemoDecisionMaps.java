package keystone.decisionmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import keystone.model.account.Account;

/**
 * Generates a realistic decision-making scheme for each demo key account, with a mix of coverage problems so that
 * the coverage view has something to show. Pure and deterministic: the same seed, accounts and day give the same
 * maps.
 *
 * <p>Each map has 8 to 40 people: CEO, CFO and COO at the top; heads of purchasing, production, quality and IT (and
 * sometimes engineering) in the middle; buyers, engineers and administrators below. About half the accounts have a
 * subsidiary whose people report solid to its managing director and dotted to a head at the headquarters, and
 * some buyers report dotted to production as well. Lines only run from people created earlier to people created
 * later, so there are no cycles. The CFO is the one economic buyer, except in one account (when there are at least
 * two) where no economic buyer is identified. Stances follow a quality rotating through green, amber and red, so
 * that any three consecutive accounts cover all three; relationships come from a team of our sales people with
 * contacts up to 200 days old, which yields single-threaded and stale key people.</p>
 */
public final class DemoDecisionMaps {

    /** People per account. */
    public static final int MIN_PEOPLE = 8;
    public static final int MAX_PEOPLE = 40;

    /** The people every map starts with: three at the top, four heads, the CEO's assistant. */
    private static final int CORE = 8;

    private static final List<MapQuality> ROTATION = List.of(MapQuality.GREEN, MapQuality.AMBER, MapQuality.RED);
    private static final List<Stance> NOT_SUPPORTIVE = List.of(Stance.NEUTRAL, Stance.NEUTRAL, Stance.SCEPTIC,
            Stance.OPPONENT);
    private static final List<String> NOTES = List.of("", "", "", "Prefers short meetings with a clear agenda.",
            "Former colleague of the competitor's sales director.", "Decides only after a reference visit.",
            "Plays golf with the CFO.", "Asked for a total-cost-of-ownership comparison.",
            "Sceptical since the late delivery in spring.");

    private DemoDecisionMaps() {
    }

    /** The maps of {@code accounts} as of today; see {@link #generate(long, List, LocalDate)}. */
    public static List<DecisionMap> generate(long seed, List<Account> accounts) {
        return generate(seed, accounts, LocalDate.now());
    }

    /**
     * One map per account, in the order of {@code accounts}, with people under temporary ids (ready for
     * {@link DecisionMapService#save}) and last contacts up to 200 days before {@code asOf}.
     */
    public static List<DecisionMap> generate(long seed, List<Account> accounts, LocalDate asOf) {
        SplittableRandom random = new SplittableRandom(seed);
        int offset = random.nextInt(ROTATION.size());
        int withoutEconomicBuyer = accounts.size() < 2 ? -1 : random.nextInt(accounts.size());
        List<DecisionMap> maps = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            MapQuality quality = ROTATION.get((i + offset) % ROTATION.size());
            maps.add(new Scheme(random.split(), accounts.get(i), asOf).build(quality, i != withoutEconomicBuyer));
        }
        return maps;
    }

    /** Builds the map of one account; people are indexed in the order created, their id is -(index + 1). */
    private static final class Scheme {

        private final SplittableRandom random;
        private final Account account;
        private final LocalDate asOf;
        private final List<Person> people = new ArrayList<>();
        private final List<ReportingLine> reporting = new ArrayList<>();
        private final List<InfluenceLine> influence = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        Scheme(SplittableRandom random, Account account, LocalDate asOf) {
            this.random = random;
            this.account = account;
            this.asOf = asOf;
        }

        DecisionMap build(MapQuality quality, boolean economicBuyer) {
            int size = MIN_PEOPLE + random.nextInt(MAX_PEOPLE - MIN_PEOPLE + 1);
            int ceo = add("Chief executive officer", "Management", "", Level.TOP, Influence.HIGH, -1,
                    BuyingRole.DECISION_MAKER);
            int cfo = economicBuyer
                    ? add("Chief financial officer", "Finance", "", Level.TOP, Influence.HIGH, ceo,
                            BuyingRole.ECONOMIC_BUYER)
                    : add("Chief financial officer", "Finance", "", Level.TOP, Influence.MEDIUM, ceo);
            int coo = add("Chief operating officer", "Operations", "", Level.TOP, Influence.HIGH, ceo,
                    BuyingRole.DECISION_MAKER);
            int purchasing = add("Head of purchasing", "Purchasing", "", Level.MIDDLE, Influence.MEDIUM, cfo,
                    BuyingRole.DECISION_MAKER, BuyingRole.GATEKEEPER);
            int production = add("Head of production", "Production", "", Level.MIDDLE, Influence.MEDIUM, coo,
                    BuyingRole.USER_BUYER, BuyingRole.INFLUENCER);
            int quality_ = add("Head of quality", "Quality", "", Level.MIDDLE, Influence.MEDIUM, coo,
                    BuyingRole.TECHNICAL_BUYER);
            int it = add("Head of IT", "IT", "", Level.MIDDLE, Influence.LOW, cfo, BuyingRole.TECHNICAL_BUYER);
            add("Assistant to the CEO", "Management", "", Level.OPERATIONAL, Influence.LOW, ceo, BuyingRole.GATEKEEPER);
            List<int[]> teams = new ArrayList<>(); // {head, dotted head or -1}
            teams.add(new int[] {purchasing, random.nextBoolean() ? production : -1});
            teams.add(new int[] {production, -1});
            teams.add(new int[] {quality_, -1});
            teams.add(new int[] {it, -1});
            if (size >= 14 && random.nextBoolean()) {
                int engineering = add("Head of engineering", "Engineering", "", Level.MIDDLE, Influence.HIGH, coo,
                        BuyingRole.TECHNICAL_BUYER);
                teams.add(new int[] {engineering, -1});
            }
            if (size >= 12 && random.nextBoolean()) {
                String subsidiary = subsidiaryName();
                int director = add("Managing director", "Management", subsidiary, Level.MIDDLE, Influence.MEDIUM, ceo,
                        BuyingRole.INFLUENCER);
                reporting.add(new ReportingLine(id(coo), id(director), true));
                teams.add(new int[] {director, quality_});
            }
            while (people.size() < size) {
                int[] team = teams.get(random.nextInt(teams.size()));
                operational(team[0], team[1]);
            }
            influence.add(new InfluenceLine(id(production), id(purchasing), "Production's wishes decide the shortlist."));
            if (random.nextBoolean()) {
                influence.add(new InfluenceLine(id(quality_), id(coo), "Quality has the last word on new suppliers."));
            }
            departures();
            stances(quality);
            relationships(quality);
            return new DecisionMap(account.id(), people, reporting, influence, relationships);
        }

        private void operational(int head, int dottedHead) {
            Person manager = people.get(head);
            String subsidiary = manager.subsidiary();
            String department = manager.department();
            record Job(String title, BuyingRole role) {
            }
            Job job = switch (department) {
                case "Purchasing" -> new Job(DemoNames.pick(random, List.of("Buyer", "Senior buyer",
                        "Category manager")), BuyingRole.INFLUENCER);
                case "Production", "Engineering" -> new Job(DemoNames.pick(random, List.of("Production engineer",
                        "Process engineer", "Maintenance manager", "Shift supervisor")), BuyingRole.USER_BUYER);
                case "Quality" -> new Job("Quality engineer", BuyingRole.TECHNICAL_BUYER);
                case "IT" -> new Job("Systems administrator", BuyingRole.USER_BUYER);
                default -> new Job(DemoNames.pick(random, List.of("Plant engineer", "Plant buyer")),
                        BuyingRole.USER_BUYER);
            };
            Set<BuyingRole> roles = random.nextInt(3) == 0 ? Set.of() : EnumSet.of(job.role());
            int index = add(job.title(), department.equals("Management") ? "Plant" : department, subsidiary,
                    Level.OPERATIONAL, random.nextInt(8) == 0 ? Influence.MEDIUM : Influence.LOW, head,
                    roles.toArray(BuyingRole[]::new));
            if (dottedHead >= 0 && random.nextBoolean()) {
                reporting.add(new ReportingLine(id(dottedHead), id(index), true));
            }
        }

        /**
         * One or two people below the core (operational people, sometimes an extra head) have left; the core of
         * eight stays active so that every map reaches the quality the rotation gives it.
         */
        private void departures() {
            int count = people.size() == CORE ? 0 : 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                int index = CORE + random.nextInt(people.size() - CORE);
                people.set(index, people.get(index).withLeft(random.nextBoolean()
                        ? asOf.minusDays(30 + random.nextInt(300)) : null));
            }
        }

        /** Random stances, then the ones that make the map's quality what the rotation asks for. */
        private void stances(MapQuality quality) {
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                int r = random.nextInt(10);
                Stance stance = p.level() == Level.OPERATIONAL
                        ? (r < 3 ? Stance.SUPPORTER : r < 4 ? Stance.CHAMPION : r < 8 ? Stance.NEUTRAL : Stance.SCEPTIC)
                        : (r < 3 ? Stance.SUPPORTER : r < 7 ? Stance.NEUTRAL : r < 9 ? Stance.SCEPTIC : Stance.OPPONENT);
                people.set(i, p.withStance(stance));
            }
            if (quality != MapQuality.GREEN) {
                // No supportive decider; for red no supportive key player at all.
                for (int i = 0; i < people.size(); i++) {
                    Person p = people.get(i);
                    boolean decider = p.has(BuyingRole.ECONOMIC_BUYER) || p.has(BuyingRole.DECISION_MAKER);
                    if (p.stance().supportive() && (decider || (quality == MapQuality.RED && p.keyPlayer()))) {
                        people.set(i, p.withStance(DemoNames.pick(random, NOT_SUPPORTIVE)));
                    }
                }
            }
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                boolean decider = p.has(BuyingRole.ECONOMIC_BUYER) || p.has(BuyingRole.DECISION_MAKER);
                boolean wanted = switch (quality) {
                    case GREEN -> decider;
                    case AMBER -> p.keyPlayer() && !decider;
                    case RED -> false;
                };
                if (wanted && p.active()) {
                    candidates.add(i);
                }
            }
            if (!candidates.isEmpty()) {
                int chosen = DemoNames.pick(random, candidates);
                people.set(chosen, people.get(chosen).withStance(random.nextBoolean() ? Stance.CHAMPION
                        : Stance.SUPPORTER));
            }
            // A coach: an operational supporter who tells us how decisions are made.
            for (int i = people.size() - 1; i >= 0; i--) {
                Person p = people.get(i);
                if (p.level() == Level.OPERATIONAL && p.stance().supportive() && !p.keyPlayer()) {
                    EnumSet<BuyingRole> roles = EnumSet.of(BuyingRole.COACH);
                    roles.addAll(p.roles());
                    roles.remove(BuyingRole.TECHNICAL_BUYER);
                    people.set(i, p.withRoles(roles));
                    break;
                }
            }
        }

        /** Our team of two to four knows people; red accounts mostly at the operational level. */
        private void relationships(MapQuality quality) {
            List<String> team = new ArrayList<>(DemoNames.OUR_PEOPLE);
            for (int i = team.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                team.set(i, team.set(j, team.get(i)));
            }
            team = team.subList(0, 2 + random.nextInt(3));
            for (Person p : people) {
                int chance = switch (p.level()) {
                    case TOP -> quality == MapQuality.RED ? 15 : 45;
                    case MIDDLE -> quality == MapQuality.RED ? 40 : 70;
                    case OPERATIONAL -> 75;
                };
                int known = random.nextInt(100) < chance ? 1 + (random.nextInt(3) == 0 ? 1 : 0) : 0;
                for (int k = 0; k < known; k++) {
                    Strength current = Strength.values()[1 + random.nextInt(3)];
                    if (p.level() == Level.TOP && quality == MapQuality.RED) {
                        current = Strength.ACQUAINTANCE;
                    }
                    Strength target = current == Strength.TRUSTED_ADVISOR ? current : Strength.values()[
                            current.ordinal() + 1];
                    LocalDate last = random.nextInt(12) == 0 ? null : asOf.minusDays(random.nextInt(200));
                    relationships.add(new Relationship(Relationship.NEW_ID, p.id(), team.get(k), current, target,
                            last));
                }
            }
        }

        private int add(String title, String department, String subsidiary, Level level, Influence influence,
                int manager, BuyingRole... roles) {
            int index = people.size();
            Person p = new Person(id(index), account.id(), uniqueName(), title, department, subsidiary, level,
                    Set.of(roles), Stance.NEUTRAL, influence, false, null, DemoNames.pick(random, NOTES), null, null);
            people.add(p);
            if (manager >= 0) {
                reporting.add(new ReportingLine(id(manager), id(index), false));
            }
            return index;
        }

        private String uniqueName() {
            for (int attempt = 0; attempt < 50; attempt++) {
                String name = DemoNames.person(random, account.country());
                if (names.add(name)) {
                    return name;
                }
            }
            String name = DemoNames.person(random, account.country()) + " (" + (names.size() + 1) + ")";
            names.add(name);
            return name;
        }

        private String subsidiaryName() {
            String base = account.name().isBlank() ? "Group" : account.name().split(" ")[0];
            return base + " " + DemoNames.pick(random, List.of("Polska", "Česko", "Iberia", "Nordic", "Service",
                    "Components"));
        }

        private static long id(int index) {
            return -(index + 1L);
        }
    }
}
