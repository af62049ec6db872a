package keystone.decisionmap.ui.internal;

import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import keystone.decisionmap.BuyingRole;
import keystone.decisionmap.DecisionMap;
import keystone.decisionmap.Influence;
import keystone.decisionmap.InfluenceLine;
import keystone.decisionmap.Level;
import keystone.decisionmap.Person;
import keystone.decisionmap.ReportingLine;
import keystone.decisionmap.Stance;
import keystone.decisionmap.chart.ChartLayout;
import keystone.decisionmap.chart.ChartStyle;
import keystone.decisionmap.chart.OrgChartLayout;

/**
 * Benchmark, not a test (the name keeps it out of the test run; {@code releng/bench-decisionmap.sh --editor} runs
 * it in the real workbench under Xvfb): what one edit costs in the Decision Makers editor at 500 and 5,000 people -
 * the layout, rebuilding the JGraphX cells, and painting the editor's visible part (1200 x 800) at 100 % - against
 * painting an empty 1200 x 800 image (the anchor), in the same run. Medians of 15 after 5 warm-ups.
 */
class GraphEditorBench {

    @Test
    void oneEditAtFiveHundredAndFiveThousandPeople() throws Exception {
        for (int size : new int[] {500, 5_000}) {
            DecisionMap map = map(size);
            long[] layout = new long[15];
            long[] rebuild = new long[15];
            long[] paint = new long[15];
            long[] anchor = new long[15];
            GraphPanel[] panel = new GraphPanel[1];
            EventQueue.invokeAndWait(() -> {
                panel[0] = new GraphPanel(new GraphPanel.Listener() {
                    @Override
                    public void selected(long personId) {
                    }

                    @Override
                    public void moved(java.util.Map<Long, java.awt.geom.Point2D> places) {
                    }

                    @Override
                    public void droppedOnto(long personId, long managerId) {
                    }

                    @Override
                    public void deleteRequested(long personId) {
                    }
                });
                panel[0].setSize(1420, 800);
                panel[0].doLayout();
                panel[0].validate();
            });
            BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB);
            for (int i = 0; i < 20; i++) {
                int run = i - 5;
                EventQueue.invokeAndWait(() -> {
                    long t0 = System.nanoTime();
                    Graphics2D blank = image.createGraphics();
                    blank.setColor(java.awt.Color.WHITE);
                    blank.fillRect(0, 0, 1200, 800);
                    blank.dispose();
                    long t1 = System.nanoTime();
                    ChartLayout laidOut = OrgChartLayout.layout(map);
                    long t2 = System.nanoTime();
                    panel[0].show(laidOut, ChartStyle.NORMAL);
                    long t3 = System.nanoTime();
                    Graphics2D g = image.createGraphics();
                    g.setClip(0, 0, 1200, 800);
                    panel[0].paintVisible(g);
                    g.dispose();
                    long t4 = System.nanoTime();
                    if (run >= 0) {
                        anchor[run] = t1 - t0;
                        layout[run] = t2 - t1;
                        rebuild[run] = t3 - t2;
                        paint[run] = t4 - t3;
                    }
                });
            }
            double a = median(anchor);
            System.out.printf("BENCH editor %,d people: anchor %.2f ms; layout %.1f ms (%.1fx), JGraphX rebuild %.1f ms "
                    + "(%.1fx), paint visible %.1f ms (%.1fx), edit total %.1f ms%n", size, a, median(layout),
                    median(layout) / a, median(rebuild), median(rebuild) / a, median(paint), median(paint) / a,
                    median(layout) + median(rebuild) + median(paint));
        }
    }

    /** A tree of {@code size} people, 5 reports per manager, every 10th with a dotted second manager, every 20th an influence line. */
    private static DecisionMap map(int size) {
        List<Person> people = new ArrayList<>();
        List<ReportingLine> lines = new ArrayList<>();
        List<InfluenceLine> influence = new ArrayList<>();
        Stance[] stances = Stance.values();
        for (int i = 1; i <= size; i++) {
            Level level = i == 1 ? Level.TOP : i <= 31 ? Level.MIDDLE : Level.OPERATIONAL;
            people.add(new Person(i, 1, "Person " + i, "Title " + i, "Dept " + (i % 17), "", level,
                    i % 7 == 0 ? Set.of(BuyingRole.DECISION_MAKER) : Set.of(), stances[i % stances.length],
                    Influence.values()[i % 3], i % 50 == 0, null, "", null, null));
            if (i > 1) {
                lines.add(new ReportingLine((i - 2) / 5 + 1, i, false));
            }
            if (i > 10 && i % 10 == 0) {
                lines.add(new ReportingLine(Math.max(1, (i - 2) / 25), i, true));
            }
            if (i > 2 && i % 20 == 0) {
                influence.add(new InfluenceLine(i, i / 2, ""));
            }
        }
        return new DecisionMap(1, people, lines, influence, List.of());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
