package keystone.decisionmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the reporting lines of a map, solid and dotted alike, to find cycles; iterative, so that deep charts of
 * thousands of people do not overflow the stack.
 */
final class ReportingGraph {

    private final Map<Long, List<Long>> reportsOf = new HashMap<>();

    ReportingGraph(List<ReportingLine> lines) {
        for (ReportingLine line : lines) {
            reportsOf.computeIfAbsent(line.managerId(), k -> new ArrayList<>()).add(line.reportId());
        }
    }

    /** Whether {@code to} is {@code from} or one of their direct or indirect subordinates. */
    boolean reaches(long from, long to) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (id == to) {
                return true;
            }
            if (seen.add(id)) {
                for (long next : reportsOf.getOrDefault(id, List.of())) {
                    todo.push(next);
                }
            }
        }
        return false;
    }

    /** A line closing a cycle, if there is any: its report is its manager or one of the manager's own managers. */
    Optional<ReportingLine> closingLine(List<ReportingLine> lines) {
        Set<Long> done = new HashSet<>();
        for (ReportingLine start : lines) {
            if (start.managerId() == start.reportId()) {
                return Optional.of(start);
            }
        }
        for (ReportingLine start : lines) {
            Optional<ReportingLine> found = search(start.managerId(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Depth-first from {@code root}; a line to a person still on the path closes a cycle. */
    private Optional<ReportingLine> search(long root, Set<Long> done) {
        if (done.contains(root)) {
            return Optional.empty();
        }
        Set<Long> onPath = new HashSet<>();
        Deque<long[]> stack = new ArrayDeque<>(); // {person, index of the next report to visit}
        stack.push(new long[] {root, 0});
        onPath.add(root);
        while (!stack.isEmpty()) {
            long[] top = stack.peek();
            List<Long> reports = reportsOf.getOrDefault(top[0], List.of());
            if (top[1] < reports.size()) {
                long next = reports.get((int) top[1]++);
                if (onPath.contains(next)) {
                    return Optional.of(new ReportingLine(top[0], next, false));
                }
                if (!done.contains(next)) {
                    onPath.add(next);
                    stack.push(new long[] {next, 0});
                }
            } else {
                stack.pop();
                onPath.remove(top[0]);
                done.add(top[0]);
            }
        }
        return Optional.empty();
    }
}
