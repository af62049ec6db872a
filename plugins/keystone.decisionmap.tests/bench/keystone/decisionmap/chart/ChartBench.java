package keystone.decisionmap.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import keystone.decisionmap.DecisionMap;

/**
 * Benchmark of the decision-maker chart (docs/benchmarks.md, run by releng/bench-decisionmap.sh): layout and paint
 * of generated maps of 500 and 5,000 people ({@code SyntheticMaps}: 5 to 8 levels, 3 to 8 reports per manager, 10 %
 * second managers, 5 % influence lines) into a 1600 x 1000 image, at 100 % zoom where the chart is densest, and
 * fitted to the window. Anchor, measured in the same rounds: clearing the image and filling 500 plain 170 x 64
 * rectangles. 5 warm-up (or as many as the first argument says) and 15 measured rounds, alternating; medians.
 */
public final class ChartBench {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    /** Warm-up rounds: 5 unless given as the first argument (the JIT needs about 50 to compile the painter fully). */
    private final int warmup;
    private static final int ROUNDS = 15;

    private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    private final ChartPainter painter = new ChartPainter();

    private ChartBench(int warmup) {
        this.warmup = warmup;
    }

    public static void main(String[] args) throws IOException {
        System.out.printf(Locale.ROOT, "date %s, %d cores (%s), Java %s%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.version"));
        ChartBench bench = new ChartBench(args.length > 0 ? Integer.parseInt(args[0]) : 5);
        System.out.printf(Locale.ROOT, "%d warm-up and %d measured rounds%n", bench.warmup, ROUNDS);
        for (int size : new int[] {500, 5000}) {
            bench.run(size);
        }
    }

    private static String cpu() throws IOException {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.exists(info)) {
            return System.getProperty("os.arch");
        }
        return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private void run(int size) {
        DecisionMap map = SyntheticMaps.generate(size, 20261126L + size);
        ChartLayout layout = OrgChartLayout.layout(map);
        Rectangle2D bounds = layout.bounds();
        Rectangle2D actual = busiestView(layout);
        double fit = Math.min(WIDTH / bounds.getWidth(), HEIGHT / bounds.getHeight());
        SyntheticMaps.Shape shape = SyntheticMaps.shape(map);
        System.out.printf(Locale.ROOT, "%n%,d people: %d levels, up to %d reports, %d trees, %,d reporting and %,d "
                + "influence lines; chart %,.0f x %,.0f units%n", size, shape.levels(), shape.maxReports(),
                shape.trees(), map.reporting().size(), map.influence().size(), bounds.getWidth(), bounds.getHeight());
        System.out.printf(Locale.ROOT, "100 %% view: %d boxes, %d lines; fitted (zoom %.4f, %s): %d boxes, %d lines%n",
                layout.nodesIn(actual).size(), layout.edgesIn(actual).size(), fit,
                ChartStyle.NORMAL.detailAt(fit), layout.nodesIn(bounds).size(), layout.edgesIn(bounds).size());

        String[] names = {"anchor: clear + 500 plain fillRect 170 x 64", "layout (OrgChartLayout + spatial index)",
            "paint 100 % view (full detail)", "paint 100 % view, new painter (cold text cache)",
            "paint whole chart fitted to the window"};
        double[][] ms = new double[names.length][ROUNDS];
        for (int round = -warmup; round < ROUNDS; round++) {
            double[] t = {
                time(this::anchor),
                time(() -> OrgChartLayout.layout(map)),
                time(() -> paint(layout, actual, 1, painter)),
                time(() -> paint(layout, actual, 1, new ChartPainter())),
                time(() -> paint(layout, bounds, fit, painter))};
            if (round >= 0) {
                for (int i = 0; i < t.length; i++) {
                    ms[i][round] = t[i];
                }
            }
        }
        double anchor = median(ms[0]);
        if (System.getProperty("bench.samples") != null) {
            for (int i = 0; i < names.length; i++) {
                System.out.println(names[i] + ": " + Arrays.toString(ms[i]));
            }
        }
        System.out.println("| | median (ms) | ratio to anchor |");
        System.out.println("|---|---|---|");
        for (int i = 0; i < names.length; i++) {
            double m = median(ms[i]);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f |%n", names[i], m, m / anchor);
        }
        double layoutMs = median(ms[1]);
        System.out.printf(Locale.ROOT, "layout + paint: 100 %% view %.1f ms, fitted %.1f ms%n",
                layoutMs + median(ms[2]), layoutMs + median(ms[4]));
    }

    /** The window at 100 % with the most boxes in it, among windows centred on every 10th box. */
    private static Rectangle2D busiestView(ChartLayout layout) {
        Rectangle2D best = null;
        int most = -1;
        for (int i = 0; i < layout.nodes().size(); i += 10) {
            ChartNode n = layout.nodes().get(i);
            Rectangle2D view = new Rectangle2D.Double(n.centerX() - WIDTH / 2.0, n.centerY() - HEIGHT / 2.0, WIDTH,
                    HEIGHT);
            int count = layout.nodesIn(view).size();
            if (count > most) {
                most = count;
                best = view;
            }
        }
        return best;
    }

    /** What any chart paint does at least: clear the window and fill 500 boxes. */
    private Object anchor() {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int i = 0; i < 500; i++) {
                g.setColor(i % 2 == 0 ? ChartColors.SUPPORTER : ChartColors.NEUTRAL);
                g.fillRect((i % 25) * 64, (i / 25) * 50, 170, 64);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private Object paint(ChartLayout layout, Rectangle2D visible, double scale, ChartPainter with) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            AffineTransform t = AffineTransform.getScaleInstance(scale, scale);
            t.translate(-visible.getX(), -visible.getY());
            g.transform(t);
            with.paint(g, layout, visible, ChartStyle.NORMAL);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Object sink;

    private static double time(Supplier<Object> work) {
        long start = System.nanoTime();
        sink = work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
