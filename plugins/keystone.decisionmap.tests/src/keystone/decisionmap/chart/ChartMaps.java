package keystone.decisionmap.chart;

import java.util.List;
import java.util.Set;

import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.Influence;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.Level;
import keystone.decisionmap.Person;
import keystone.decisionmap.Relationship;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;

/** Small builders for the maps of the chart tests. */
final class ChartMaps {

    static final long ACCOUNT = 3;

    private ChartMaps() {
    }

    static Person person(long id, String name, Stance stance) {
        return new Person(id, ACCOUNT, name, "", "", "", Level.MIDDLE, Set.of(), stance, Influence.MEDIUM, false, null,
                "", null, null);
    }

    static Person person(long id) {
        return person(id, "P" + id, Stance.NEUTRAL);
    }

    static ReportingLine solid(long manager, long report) {
        return new ReportingLine(manager, report, false);
    }

    static ReportingLine dotted(long manager, long report) {
        return new ReportingLine(manager, report, true);
    }

    static DecisionMap map(List<Person> people, List<ReportingLine> reporting) {
        return new DecisionMap(ACCOUNT, people, reporting, List.of(), List.of());
    }

    static DecisionMap map(List<Person> people, List<ReportingLine> reporting, List<InfluenceLine> influence,
            List<Relationship> relationships) {
        return new DecisionMap(ACCOUNT, people, reporting, influence, relationships);
    }
}
