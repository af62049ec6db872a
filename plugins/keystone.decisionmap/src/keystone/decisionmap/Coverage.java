package keystone.decisionmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes how well our people cover a decision map (domain brief, section 2). The rules, with their boundaries:
 * <ul>
 * <li>People who left never count, in any rule: not as key players, decision makers, supporters or economic
 * buyers.</li>
 * <li>A <b>key player</b> is an active person of {@link Influence#HIGH high} influence or with any of the roles
 * economic buyer, decision maker or technical buyer ({@link Person#keyPlayer()}).</li>
 * <li><b>Quality</b>: {@link MapQuality#GREEN green} when an active economic buyer or decision maker is
 * {@link Stance#supportive() supportive} (champion or supporter); otherwise {@link MapQuality#AMBER amber} when any
 * key player is supportive; otherwise {@link MapQuality#RED red} - also for an empty map. A neutral stance is not
 * supportive.</li>
 * <li>A person's <b>best relationship</b> is their relationship of the highest current strength; among equally
 * strong ones the one contacted last (an unknown date counts as oldest). Target strengths do not count.</li>
 * <li><b>Decision-maker share</b>: of the active people with the role decision maker or economic buyer (a person
 * with both counts once), the share whose best relationship is {@link Strength#WORKING working} or
 * {@link Strength#TRUSTED_ADVISOR better}; an acquaintance does not count. Empty when there are none.</li>
 * <li><b>Single-threaded</b>: key players known by exactly one of our staff, where knowing means a current strength
 * of at least {@link Strength#ACQUAINTANCE acquaintance}; several relationships of the same member of staff (names
 * compared ignoring case and surrounding blanks) count once. Key players known by no one are not single-threaded
 * (they show as stale).</li>
 * <li><b>No supporter in top management</b>: no active {@link Level#TOP top-level} person is supportive.</li>
 * <li><b>No economic buyer</b>: no active person has the role economic buyer.</li>
 * <li><b>Stale</b>: key players whose best relationship was last contacted more than {@code staleDays} days
 * before {@code today}, or never (no relationship, or no date). Contact exactly {@code staleDays} days ago is not
 * stale; a contact dated after today is not stale.</li>
 * </ul>
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * The coverage of {@code map} as of {@code today}.
     *
     * @param staleDays the longest time without contact that is still fine, in days; not negative
     */
    public static CoverageReport of(DecisionMap map, LocalDate today, int staleDays) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(today, "today");
        if (staleDays < 0) {
            throw new IllegalArgumentException("The stale days must not be negative: " + staleDays);
        }
        Map<Long, List<Relationship>> relationships = new HashMap<>();
        for (Relationship r : map.relationships()) {
            relationships.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        }
        List<Person> active = map.people().stream().filter(Person::active).toList();
        List<Person> keyPlayers = active.stream().filter(Person::keyPlayer).toList();

        boolean supportiveDecider = active.stream().anyMatch(p -> p.stance().supportive() && decider(p));
        boolean supportiveKeyPlayer = keyPlayers.stream().anyMatch(p -> p.stance().supportive());
        MapQuality quality = supportiveDecider ? MapQuality.GREEN
                : supportiveKeyPlayer ? MapQuality.AMBER : MapQuality.RED;

        List<Person> deciders = active.stream().filter(Coverage::decider).toList();
        int covered = (int) deciders.stream().filter(p -> best(relationships.get(p.id())) != null
                && best(relationships.get(p.id())).current().atLeastWorking()).count();

        List<Person> singleThreaded = keyPlayers.stream()
                .filter(p -> knownBy(relationships.getOrDefault(p.id(), List.of())) == 1).toList();
        List<Person> stale = keyPlayers.stream().filter(p -> stale(best(relationships.get(p.id())), today, staleDays))
                .toList();
        boolean noTopSupporter = active.stream().noneMatch(p -> p.level() == Level.TOP && p.stance().supportive());
        boolean noEconomicBuyer = active.stream().noneMatch(p -> p.has(BuyingRole.ECONOMIC_BUYER));
        return new CoverageReport(quality, keyPlayers.size(), deciders.size(), covered, singleThreaded, noTopSupporter,
                noEconomicBuyer, stale);
    }

    /** An economic buyer or decision maker. */
    private static boolean decider(Person p) {
        return p.has(BuyingRole.ECONOMIC_BUYER) || p.has(BuyingRole.DECISION_MAKER);
    }

    /** The strongest relationship, then the one contacted last; {@code null} for none. */
    static Relationship best(List<Relationship> relationships) {
        if (relationships == null || relationships.isEmpty()) {
            return null;
        }
        return relationships.stream().max(Comparator.comparing(Relationship::current)
                .thenComparing(Relationship::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))).get();
    }

    /** How many of our staff know the person at least as an acquaintance. */
    private static int knownBy(List<Relationship> relationships) {
        Set<String> staff = new HashSet<>();
        for (Relationship r : relationships) {
            if (r.current().known()) {
                staff.add(r.ourPerson().strip().toLowerCase(Locale.ROOT));
            }
        }
        return staff.size();
    }

    private static boolean stale(Relationship best, LocalDate today, int staleDays) {
        if (best == null || best.lastContact() == null) {
            return true;
        }
        return ChronoUnit.DAYS.between(best.lastContact(), today) > staleDays;
    }
}
