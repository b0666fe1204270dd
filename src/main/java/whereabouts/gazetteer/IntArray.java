package whereabouts.gazetteer;

import java.util.Arrays;

/** Growable int array (avoids boxing while building). */
final class IntArray {
    private int[] a;
    private int size;

    IntArray(int capacity) {
        a = new int[capacity];
    }

    void add(int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, a.length * 2);
        }
        a[size++] = v;
    }

    int get(int i) {
        return a[i];
    }

    int size() {
        return size;
    }
}
