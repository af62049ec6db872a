package keystone.abcxyz.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's primitive sort: value descending, equal values in their original (customer id) order.
 */
class RankOrderTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 31, 32, 33, 100, 1_000, 4_097})
    void ordersLikeAStableSortByValueDescending(int size) {
        SplittableRandom random = new SplittableRandom(size);
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            // Few distinct values, so that ties are everywhere; negatives included.
            keys[i] = random.nextLong(-5, 20) * 1_000_000L;
        }
        int[] expected = IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> keys[i]).reversed()).mapToInt(Integer::intValue)
                .toArray();
        assertArrayEquals(expected, AbcXyzEngine.rankOrder(keys, size));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 100})
    void considersOnlyTheFirstKKeys(int k) {
        long[] keys = new long[k + 50];
        Arrays.fill(keys, k, keys.length, Long.MAX_VALUE);
        for (int i = 0; i < k; i++) {
            keys[i] = i;
        }
        int[] order = AbcXyzEngine.rankOrder(keys, k);
        assertArrayEquals(IntStream.range(0, k).map(i -> k - 1 - i).toArray(), order);
    }
}
