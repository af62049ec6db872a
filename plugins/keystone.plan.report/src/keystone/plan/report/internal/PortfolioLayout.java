package keystone.plan.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import keystone.plan.PortfolioCell;
import keystone.plan.PortfolioRow;
import keystone.plan.PortfolioScores;

/**
 * Where each account of a portfolio sits on the 0-10 by 0-10 matrix (x our relative strength, y attractiveness).
 * Accounts whose scores are known sit at their scores. A {@link PortfolioRow} carries only cells, so the others are
 * spread over a grid of slots inside their cell, clear of the band that holds the cell's name; last year's positions
 * of accounts that moved take slots of their own in last year's cell, so they never hide another account.
 */
public final class PortfolioLayout {

    /** One account placed: this year's point, and last year's when the account moved (else {@code null}). */
    public record Placed(PortfolioRow row, double x, double y, double[] lastYear) {
    }

    private static final double SPLIT = PortfolioCell.SPLIT.doubleValue();
    private static final double MARGIN = 0.6;
    private static final double BAND = 1.2;

    private PortfolioLayout() {
    }

    /** The rows that have a cell this year, placed, in the rows' order. */
    public static List<Placed> place(List<PortfolioRow> rows, Map<Long, PortfolioScores> thisYear,
            Map<Long, PortfolioScores> lastYear) {
        // every cell's slots go to the accounts in it this year, then to last year's positions of those that left it
        Map<PortfolioCell, Integer> counts = new EnumMap<>(PortfolioCell.class);
        Map<PortfolioRow, Integer> now = new IdentityHashMap<>();
        Map<PortfolioRow, Integer> before = new IdentityHashMap<>();
        for (PortfolioRow row : rows) {
            if (row.cell() != null && scored(thisYear.get(row.accountId())) == null) {
                now.put(row, counts.merge(row.cell(), 1, Integer::sum) - 1);
            }
        }
        for (PortfolioRow row : rows) {
            if (row.moved() && scored(lastYear.get(row.accountId())) == null) {
                before.put(row, counts.merge(row.lastYearCell(), 1, Integer::sum) - 1);
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (PortfolioRow row : rows) {
            if (row.cell() == null) {
                continue;
            }
            double[] at = now.containsKey(row) ? slot(row.cell(), now.get(row), counts.get(row.cell()))
                    : scored(thisYear.get(row.accountId()));
            double[] last = null;
            if (row.moved()) {
                last = before.containsKey(row)
                        ? slot(row.lastYearCell(), before.get(row), counts.get(row.lastYearCell()))
                        : scored(lastYear.get(row.accountId()));
            }
            placed.add(new Placed(row, at[0], at[1], last));
        }
        return placed;
    }

    /** The lower-left corner of a cell: strength (x) and attractiveness (y). */
    public static double[] origin(PortfolioCell cell) {
        return switch (cell) {
            case STRATEGIC -> new double[] {SPLIT, SPLIT};
            case STAR -> new double[] {0, SPLIT};
            case STATUS -> new double[] {SPLIT, 0};
            case STREAMLINE -> new double[] {0, 0};
        };
    }

    /** Whether the cell's name sits in a band at its top (upper cells) rather than at its bottom. */
    public static boolean labelOnTop(PortfolioCell cell) {
        return cell == PortfolioCell.STRATEGIC || cell == PortfolioCell.STAR;
    }

    private static double[] scored(PortfolioScores scores) {
        if (scores == null || scores.attractiveness() == null || scores.strength() == null) {
            return null;
        }
        return new double[] {clamp(scores.strength()), clamp(scores.attractiveness())};
    }

    private static double clamp(BigDecimal value) {
        return Math.max(0, Math.min(10, value.doubleValue()));
    }

    /** The point of slot {@code index} of {@code count} in {@code cell}: a grid, row by row from the top left. */
    private static double[] slot(PortfolioCell cell, int index, int count) {
        int columns = (int) Math.ceil(Math.sqrt(count));
        int lines = (int) Math.ceil(count / (double) columns);
        double rx = (index % columns + 0.5) / columns;
        double ry = 1 - (index / columns + 0.5) / lines;
        double[] o = origin(cell);
        double width = SPLIT - 2 * MARGIN;
        double height = SPLIT - MARGIN - BAND;
        double bottom = labelOnTop(cell) ? MARGIN : BAND;
        return new double[] {o[0] + MARGIN + rx * width, o[1] + bottom + ry * height};
    }
}
