package whereabouts.network.ch;

import java.util.Arrays;

/** Binary min-heap of (key, node) pairs in primitive arrays; duplicates allowed (callers skip stale entries). */
public final class MinHeap {
    private double[] keys = new double[64];
    private int[] vals = new int[64];
    private int size;

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public double peekKey() {
        return keys[0];
    }

    public void add(double key, int val) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            vals = Arrays.copyOf(vals, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            vals[i] = vals[parent];
            i = parent;
        }
        keys[i] = key;
        vals[i] = val;
    }

    public int poll() {
        int top = vals[0];
        size--;
        double key = keys[size];
        int val = vals[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[i] = keys[child];
            vals[i] = vals[child];
            i = child;
        }
        keys[i] = key;
        vals[i] = val;
        return top;
    }
}
