package keystone.decisionmap;

import java.time.LocalDate;
import java.util.Set;

/** Small builders for the people and relationships of the tests. */
final class TestMaps {

    static final long ACCOUNT = 7;

    private TestMaps() {
    }

    static Person person(long id, String name, Level level, Stance stance, Influence influence, BuyingRole... roles) {
        return new Person(id, ACCOUNT, name, "", "", "", level, Set.of(roles), stance, influence, false, null, "",
                null, null);
    }

    /** An operational, neutral person of low influence without roles: never a key player. */
    static Person nobody(long id, String name) {
        return person(id, name, Level.OPERATIONAL, Stance.NEUTRAL, Influence.LOW);
    }

    static Relationship knows(long personId, String ourPerson, Strength current, LocalDate lastContact) {
        return new Relationship(0, personId, ourPerson, current, current, lastContact);
    }

    static DecisionMap map(Person... people) {
        return new DecisionMap(ACCOUNT, java.util.List.of(people), null, null, null);
    }
}
