package keystone.decisionmap.chart;

import java.util.Arrays;

/**
 * Places the nodes of a forest of equally wide nodes as tidy trees (Walker's algorithm in the linear-time form of
 * Buchheim, Juenger and Leipert, 2002): parents centred over their children, subtrees as close as their contours
 * allow, siblings in index order. Iterative, so a chain of thousands of people cannot overflow the stack.
 *
 * <p>The trees of the forest are laid out as the children of one virtual root, then moved apart so that their
 * bounding boxes stand side by side: separate organisations should not interlock.</p>
 */
final class TidyTree {

    /** Left edges and levels of the nodes, and the root each node belongs to. */
    record Placement(double[] x, int[] depth, int[] root) {
    }

    private final int n;
    private final int virtualRoot;
    private final int[] parent;
    private final int[] childStart;
    private final int[] children;
    private final int[] number;
    private final double distance;
    private final double[] prelim;
    private final double[] mod;
    private final double[] shift;
    private final double[] change;
    private final double[] midpoint;
    private final int[] thread;
    private final int[] ancestor;

    private TidyTree(int[] parentOf, double distance) {
        this.n = parentOf.length;
        this.virtualRoot = n;
        this.distance = distance;
        parent = Arrays.copyOf(parentOf, n + 1);
        for (int v = 0; v < n; v++) {
            if (parent[v] < 0) {
                parent[v] = virtualRoot;
            }
        }
        parent[virtualRoot] = -1;
        childStart = new int[n + 2];
        for (int v = 0; v < n; v++) {
            childStart[parent[v] + 1]++;
        }
        for (int v = 0; v <= n; v++) {
            childStart[v + 1] += childStart[v];
        }
        children = new int[n];
        number = new int[n + 1];
        int[] fill = Arrays.copyOf(childStart, n + 1);
        for (int v = 0; v < n; v++) {
            int slot = fill[parent[v]]++;
            children[slot] = v;
            number[v] = slot - childStart[parent[v]] + 1;
        }
        prelim = new double[n + 1];
        mod = new double[n + 1];
        shift = new double[n + 1];
        change = new double[n + 1];
        midpoint = new double[n + 1];
        thread = new int[n + 1];
        Arrays.fill(thread, -1);
        ancestor = new int[n + 1];
        for (int v = 0; v <= n; v++) {
            ancestor[v] = v;
        }
    }

    /**
     * Lays out the forest given by {@code parentOf} (the parent's index, or -1 for a root; no cycles) with node
     * centres of one level at least {@code nodeWidth + gap} apart and trees {@code treeGap} apart.
     */
    static Placement place(int[] parentOf, double nodeWidth, double gap, double treeGap) {
        TidyTree tree = new TidyTree(parentOf, nodeWidth + gap);
        int[] preorder = tree.preorder();
        for (int i = preorder.length - 1; i >= 0; i--) {
            tree.firstWalk(preorder[i]);
        }
        return tree.secondWalk(preorder, nodeWidth, treeGap);
    }

    private boolean leaf(int v) {
        return childStart[v] == childStart[v + 1];
    }

    private int nextLeft(int v) {
        return leaf(v) ? thread[v] : children[childStart[v]];
    }

    private int nextRight(int v) {
        return leaf(v) ? thread[v] : children[childStart[v + 1] - 1];
    }

    /** Every node, parents before their children. */
    private int[] preorder() {
        int[] order = new int[n + 1];
        int[] stack = new int[n + 1];
        int top = 0;
        int count = 0;
        stack[top++] = virtualRoot;
        while (top > 0) {
            int v = stack[--top];
            order[count++] = v;
            for (int i = childStart[v + 1] - 1; i >= childStart[v]; i--) {
                stack[top++] = children[i];
            }
        }
        return order;
    }

    /**
     * Places the children of {@code v} relative to each other and computes {@code v}'s midpoint. A child's own
     * preliminary position depends on its left sibling after that sibling's apportioning, so it is set here rather
     * than when the child's subtree was done; the order of operations is exactly the recursive algorithm's.
     */
    private void firstWalk(int v) {
        if (leaf(v)) {
            return;
        }
        int first = childStart[v];
        int last = childStart[v + 1] - 1;
        int leftmost = children[first];
        int defaultAncestor = leftmost;
        for (int i = first; i <= last; i++) {
            int w = children[i];
            int leftSibling = i > first ? children[i - 1] : -1;
            if (leaf(w)) {
                prelim[w] = leftSibling < 0 ? 0 : prelim[leftSibling] + distance;
            } else if (leftSibling >= 0) {
                prelim[w] = prelim[leftSibling] + distance;
                mod[w] = prelim[w] - midpoint[w];
            } else {
                prelim[w] = midpoint[w];
            }
            if (leftSibling >= 0) {
                defaultAncestor = apportion(w, leftSibling, leftmost, defaultAncestor);
            }
        }
        executeShifts(v);
        midpoint[v] = (prelim[children[first]] + prelim[children[last]]) / 2;
        if (v == virtualRoot) {
            prelim[v] = midpoint[v];
        }
    }

    private int apportion(int v, int leftSibling, int leftmostSibling, int defaultAncestor) {
        int vip = v;
        int vop = v;
        int vim = leftSibling;
        int vom = leftmostSibling;
        double sip = mod[vip];
        double sop = mod[vop];
        double sim = mod[vim];
        double som = mod[vom];
        while (nextRight(vim) >= 0 && nextLeft(vip) >= 0) {
            vim = nextRight(vim);
            vip = nextLeft(vip);
            vom = nextLeft(vom);
            vop = nextRight(vop);
            ancestor[vop] = v;
            double s = (prelim[vim] + sim) - (prelim[vip] + sip) + distance;
            if (s > 0) {
                moveSubtree(ancestorOf(vim, v, defaultAncestor), v, s);
                sip += s;
                sop += s;
            }
            sim += mod[vim];
            sip += mod[vip];
            som += mod[vom];
            sop += mod[vop];
        }
        if (nextRight(vim) >= 0 && nextRight(vop) < 0) {
            thread[vop] = nextRight(vim);
            mod[vop] += sim - sop;
        }
        if (nextLeft(vip) >= 0 && nextLeft(vom) < 0) {
            thread[vom] = nextLeft(vip);
            mod[vom] += sip - som;
            defaultAncestor = v;
        }
        return defaultAncestor;
    }

    private int ancestorOf(int vim, int v, int defaultAncestor) {
        return parent[ancestor[vim]] == parent[v] ? ancestor[vim] : defaultAncestor;
    }

    private void moveSubtree(int wm, int wp, double s) {
        int subtrees = number[wp] - number[wm];
        if (subtrees > 0) {
            change[wp] -= s / subtrees;
            change[wm] += s / subtrees;
        }
        shift[wp] += s;
        prelim[wp] += s;
        mod[wp] += s;
    }

    private void executeShifts(int v) {
        double s = 0;
        double c = 0;
        for (int i = childStart[v + 1] - 1; i >= childStart[v]; i--) {
            int w = children[i];
            prelim[w] += s;
            mod[w] += s;
            c += change[w];
            s += shift[w] + c;
        }
    }

    /** Absolute positions from the preliminary ones, then the trees side by side from x = 0. */
    private Placement secondWalk(int[] preorder, double nodeWidth, double treeGap) {
        double[] modSum = new double[n + 1];
        double[] x = new double[n];
        int[] depth = new int[n];
        int[] root = new int[n];
        for (int v : preorder) {
            if (v == virtualRoot) {
                continue;
            }
            int p = parent[v];
            if (p == virtualRoot) {
                modSum[v] = mod[p];
                depth[v] = 0;
                root[v] = v;
            } else {
                modSum[v] = modSum[p] + mod[p];
                depth[v] = depth[p] + 1;
                root[v] = root[p];
            }
            x[v] = prelim[v] + modSum[v] - nodeWidth / 2;
        }
        double[] min = new double[n];
        double[] max = new double[n];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int v = 0; v < n; v++) {
            min[root[v]] = Math.min(min[root[v]], x[v]);
            max[root[v]] = Math.max(max[root[v]], x[v] + nodeWidth);
        }
        double[] offset = new double[n];
        double cursor = 0;
        for (int i = childStart[virtualRoot]; i < childStart[virtualRoot + 1]; i++) {
            int r = children[i];
            offset[r] = cursor - min[r];
            cursor += max[r] - min[r] + treeGap;
        }
        for (int v = 0; v < n; v++) {
            x[v] += offset[root[v]];
        }
        return new Placement(x, depth, root);
    }
}
