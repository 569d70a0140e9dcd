package org.glia.train.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded stratified splits: k folds, or a hold-out, in which every class keeps (within one subject) its share.
 * <p>
 * The subjects of each class are shuffled with the seed, the classes concatenated in label order, and the list
 * dealt out like cards: subject {@code t} of that list goes to fold {@code t mod k}. So each fold holds
 * {@code floor} or {@code ceil} of {@code n_c / k} subjects of every class {@code c}, and fold sizes differ by at
 * most one. Returned index arrays are sorted.
 */
public final class StratifiedSplit {

    private StratifiedSplit() {
    }

    /**
     * The test subjects of each of {@code k} folds.
     *
     * @throws IllegalArgumentException when {@code k < 2} or there are fewer subjects than folds
     */
    public static int[][] folds(int[] y, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + k);
        }
        if (y.length < k) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " subjects, there are " + y.length);
        }
        int[] dealt = shuffledByClass(y, new SplittableRandom(seed));
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (int t = 0; t < dealt.length; t++) {
            folds.get(t % k).add(dealt[t]);
        }
        int[][] result = new int[k][];
        for (int f = 0; f < k; f++) {
            result[f] = folds.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }

    /**
     * Splits {@code subjects} (indices into {@code y}) into {@code {train, validation}}: about {@code fraction}
     * of every class goes to validation, at least one subject overall, never a class's last subject.
     */
    public static int[][] holdout(int[] y, int[] subjects, double fraction, SplittableRandom random) {
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int s : subjects) {
            byClass.computeIfAbsent(y[s], c -> new ArrayList<>()).add(s);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        List<Integer> largest = null;
        for (List<Integer> members : byClass.values()) {
            shuffle(members, random);
            int n = members.size();
            int v = Math.min(n - 1, (int) Math.round(fraction * n));
            val.addAll(members.subList(0, v));
            train.addAll(members.subList(v, n));
            if (largest == null || n > largest.size()) {
                largest = members;
            }
        }
        if (val.isEmpty() && largest != null && largest.size() > 1) {
            // too few subjects for the fraction to round to one: hold out one of the largest class
            train.remove(largest.get(0));
            val.add(largest.get(0));
        }
        return new int[][] {sorted(train), sorted(val)};
    }

    private static int[] shuffledByClass(int[] y, SplittableRandom random) {
        TreeMap<Integer, List<Integer>> byClass = new TreeMap<>();
        for (int s = 0; s < y.length; s++) {
            byClass.computeIfAbsent(y[s], c -> new ArrayList<>()).add(s);
        }
        int[] dealt = new int[y.length];
        int t = 0;
        for (List<Integer> members : byClass.values()) {
            shuffle(members, random);
            for (int s : members) {
                dealt[t++] = s;
            }
        }
        return dealt;
    }

    /** Fisher-Yates with {@code random}. */
    public static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Fisher-Yates with {@code random}. */
    public static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static int[] sorted(List<Integer> list) {
        int[] a = list.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
