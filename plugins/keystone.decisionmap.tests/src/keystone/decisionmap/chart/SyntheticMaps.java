package keystone.decisionmap.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.Influence;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.Level;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;
import keystone.decisionmap.Strength;

/**
 * Large, realistic decision maps for the chart tests and {@code ChartBench}: a headquarters and (from 200 people)
 * two subsidiaries as separate trees, 5 to 8 levels deep, managers with 3 to 8 reports, 10 % of people with a
 * dotted second manager higher up, influence lines for 5 % of people, Latin, Cyrillic and CJK names, some people
 * who left. Deterministic for a seed. Ids are 1..n in the order created (managers before their reports).
 */
final class SyntheticMaps {

    static final long ACCOUNT = 1;

    private static final String[] FIRST = {"Anna", "Jonas", "Carmen", "Kenji", "Grace", "Luc", "Алексей", "Ольга",
        "伟", "芳", "Hélène", "Jürgen", "Priya", "Mónica"};
    private static final String[] LAST = {"Keller", "Brenner", "Ortega", "Tanaka", "Walker", "Moreau", "Иванов",
        "Соколова", "王", "李", "Lefèvre", "Schröder", "Patel", "Núñez"};
    private static final String[] TITLES = {"Managing director", "Head of division", "Head of department",
        "Team lead", "Group lead", "Senior engineer", "Engineer", "Assistant"};
    private static final Stance[] STANCES = {Stance.CHAMPION, Stance.SUPPORTER, Stance.SUPPORTER, Stance.NEUTRAL,
        Stance.NEUTRAL, Stance.NEUTRAL, Stance.SCEPTIC, Stance.OPPONENT};

    private SyntheticMaps() {
    }

    /** Statistics of a generated map, for the benchmark's report. */
    record Shape(int levels, int maxReports, int trees) {
    }

    static DecisionMap generate(int size, long seed) {
        return new Generator(size, new SplittableRandom(seed)).build();
    }

    /** Levels, the largest number of direct reports, and the number of top people (trees). */
    static Shape shape(DecisionMap map) {
        int n = map.people().size();
        int[] depth = new int[n + 1];
        int[] reports = new int[n + 1];
        boolean[] hasManager = new boolean[n + 1];
        int levels = 0;
        int max = 0;
        for (ReportingLine line : map.reporting()) {
            if (!line.dotted()) {
                int m = (int) line.managerId();
                int r = (int) line.reportId();
                depth[r] = depth[m] + 1; // managers come first, so their depth is known
                hasManager[r] = true;
                max = Math.max(max, ++reports[m]);
                levels = Math.max(levels, depth[r] + 1);
            }
        }
        int trees = 0;
        for (int i = 1; i <= n; i++) {
            if (!hasManager[i]) {
                trees++;
            }
        }
        return new Shape(levels, max, trees);
    }

    private static final class Generator {

        private final int size;
        private final SplittableRandom random;
        private final List<Person> people = new ArrayList<>();
        private final List<Integer> depthOf = new ArrayList<>();
        private final List<List<Integer>> byLevel = new ArrayList<>();
        private final List<ReportingLine> reporting = new ArrayList<>();
        private final List<InfluenceLine> influence = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final int levels;

        Generator(int size, SplittableRandom random) {
            this.size = size;
            this.random = random;
            this.levels = 5 + random.nextInt(4);
        }

        DecisionMap build() {
            int trees = size >= 200 ? 3 : 1;
            List<Integer> previous = new ArrayList<>();
            for (int t = 0; t < trees; t++) {
                previous.add(add(-1, 0, t == 0 ? "" : "Subsidiary " + (char) ('A' + t - 1)));
            }
            for (int depth = 1; depth < levels && people.size() < size && !previous.isEmpty(); depth++) {
                int count = levelSize(previous.size(), depth, trees);
                // every top person has reports; below, as few managers as 3 to 8 reports each allow, 5.5 on average
                int managers = depth == 1 ? previous.size()
                        : Math.max((count + 7) / 8, Math.min((int) Math.ceil(count / 5.5), Math.min(previous.size(),
                                count / 3)));
                List<Integer> chosen = new ArrayList<>(previous);
                for (int i = 0; i < managers; i++) { // partial Fisher-Yates: the first `managers` are the managers
                    int j = i + random.nextInt(chosen.size() - i);
                    chosen.set(j, chosen.set(i, chosen.get(j)));
                }
                int[] reports = new int[managers];
                Arrays.fill(reports, 3);
                for (int extra = count - 3 * managers; extra > 0; extra--) {
                    int i = random.nextInt(managers);
                    while (reports[i] == 8) {
                        i = (i + 1) % managers;
                    }
                    reports[i]++;
                }
                List<Integer> level = new ArrayList<>();
                for (int i = 0; i < managers; i++) {
                    int manager = chosen.get(i);
                    for (int k = 0; k < reports[i]; k++) {
                        level.add(add(manager, depth, people.get(manager).subsidiary()));
                    }
                }
                previous = level;
            }
            secondManagers();
            influenceLines();
            return new DecisionMap(ACCOUNT, people, reporting, influence, relationships);
        }

        /**
         * How many people the level gets: growing by the factor that fills the remaining levels with the remaining
         * people, at least 3 per top person on the first level and 3 in all, at most 8 per person above.
         */
        private int levelSize(int above, int depth, int trees) {
            int remaining = size - people.size();
            int levelsLeft = levels - depth;
            double lo = 0;
            double hi = 8;
            for (int i = 0; i < 60; i++) {
                double g = (lo + hi) / 2;
                double sum = 0;
                double power = above;
                for (int d = 0; d < levelsLeft; d++) {
                    power *= g;
                    sum += power;
                }
                if (sum < remaining) {
                    lo = g;
                } else {
                    hi = g;
                }
            }
            int count = levelsLeft == 1 ? remaining : (int) Math.round(above * lo);
            count = Math.max(count, depth == 1 ? 3 * trees : 3);
            return Math.min(Math.min(count, 8 * above), remaining);
        }

        private int add(int manager, int depth, String subsidiary) {
            int index = people.size();
            long id = index + 1;
            Set<BuyingRole> roles = EnumSet.noneOf(BuyingRole.class);
            if (random.nextInt(3) == 0) {
                roles.add(BuyingRole.values()[random.nextInt(BuyingRole.values().length)]);
                if (random.nextInt(4) == 0) {
                    roles.add(BuyingRole.values()[random.nextInt(BuyingRole.values().length)]);
                }
            }
            Level level = depth == 0 ? Level.TOP : depth <= 2 ? Level.MIDDLE : Level.OPERATIONAL;
            Influence weight = depth <= 1 ? Influence.HIGH : random.nextInt(4) == 0 ? Influence.MEDIUM : Influence.LOW;
            boolean left = random.nextInt(30) == 0;
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String notes = random.nextInt(5) == 0 ? "Prefers short meetings." : "";
            people.add(new Person(id, ACCOUNT, name, TITLES[Math.min(depth, TITLES.length - 1)], "Dept " + depth,
                    subsidiary, level, roles, STANCES[random.nextInt(STANCES.length)], weight, left, null, notes,
                    null, null));
            depthOf.add(depth);
            while (byLevel.size() <= depth) {
                byLevel.add(new ArrayList<>());
            }
            byLevel.get(depth).add(index);
            if (manager >= 0) {
                reporting.add(new ReportingLine(manager + 1, id, false));
            }
            if (random.nextInt(5) < 2) {
                int count = 1 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    relationships.add(new Relationship(0, id, "Seller " + random.nextInt(12),
                            Strength.values()[random.nextInt(Strength.values().length)], null, null));
                }
            }
            return index;
        }

        /** 10 % of people get a dotted line to someone on a higher level (so no cycle can arise). */
        private void secondManagers() {
            Set<Long> pairs = new HashSet<>();
            for (ReportingLine line : reporting) {
                pairs.add(line.managerId() * 1_000_003L + line.reportId());
            }
            int wanted = people.size() / 10;
            int attempts = 0;
            while (wanted > 0 && attempts++ < people.size() * 10) {
                int report = random.nextInt(people.size());
                int depth = depthOf.get(report);
                if (depth == 0) {
                    continue;
                }
                List<Integer> above = byLevel.get(random.nextInt(depth));
                int manager = above.get(random.nextInt(above.size()));
                if (pairs.add((manager + 1) * 1_000_003L + report + 1)) {
                    reporting.add(new ReportingLine(manager + 1, report + 1, true));
                    wanted--;
                }
            }
        }

        /** Influence lines between random people, as many as 5 % of the people. */
        private void influenceLines() {
            Set<Long> pairs = new HashSet<>();
            int wanted = Math.max(1, people.size() / 20);
            while (wanted > 0 && people.size() > 1) {
                int from = random.nextInt(people.size());
                int to = random.nextInt(people.size());
                if (from != to && pairs.add(from * 1_000_003L + to)) {
                    influence.add(new InfluenceLine(from + 1, to + 1, random.nextBoolean() ? "golf" : ""));
                    wanted--;
                }
            }
        }
    }
}
