package io.mll4j.label.index;

import java.util.Arrays;

/**
 * Where each graph node sits in a candidate list ({@code -1}: not a candidate), so a row's ranked nodes can be
 * checked in O(1) each. Built once per candidate list and reused while the same list is asked about.
 */
public final class CandidatePositions {
    private final int[] candidates;
    private final int[] positions;

    private CandidatePositions(int[] candidates, int[] positions) {
        this.candidates = candidates;
        this.positions = positions;
    }

    /**
     * @throws IllegalArgumentException if a candidate is out of range or listed twice
     */
    public static CandidatePositions of(int[] candidates, int nodeCount) {
        int[] positions = new int[nodeCount];
        Arrays.fill(positions, -1);
        for (int c = 0; c < candidates.length; c++) {
            int node = candidates[c];
            if (node < 0 || node >= nodeCount) {
                throw new IllegalArgumentException("candidate node " + node + " is outside 0.." + (nodeCount - 1));
            }
            if (positions[node] >= 0) {
                throw new IllegalArgumentException("candidate node " + node + " is listed twice");
            }
            positions[node] = c;
        }
        return new CandidatePositions(candidates.clone(), positions);
    }

    /** This lookup if it was built for the same list, else a new one; {@code cached} may be null. */
    public static CandidatePositions reuse(CandidatePositions cached, int[] candidates, int nodeCount) {
        return cached != null && Arrays.equals(cached.candidates, candidates) ? cached : of(candidates, nodeCount);
    }

    /** Position of {@code node} among the candidates, or {@code -1}. */
    public int position(int node) {
        return positions[node];
    }

    /** The candidate list this lookup was built for (a copy owned by the lookup: do not modify). */
    int[] candidates() {
        return candidates;
    }

    /** Direct access for hot loops. */
    int[] table() {
        return positions;
    }
}
