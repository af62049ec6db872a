package keystone.abcxyz;

import java.time.Instant;

/**
 * A stored classification as listed, without its per-customer results.
 *
 * @param customers number of customers classified in the run
 */
public record RunInfo(long id, Instant computedAt, Settings settings, int customers) {
}
