package whereabouts.gazetteer;

import java.util.Arrays;

/** Binary max-heap of int items keyed by float priority. */
final class FloatMaxHeap {
    private int[] items = new int[64];
    private float[] prio = new float[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void push(int item, float priority) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            prio = Arrays.copyOf(prio, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (prio[parent] >= priority) {
                break;
            }
            place(i, items[parent], prio[parent]);
            i = parent;
        }
        place(i, item, priority);
    }

    private void place(int slot, int item, float priority) {
        items[slot] = item;
        prio[slot] = priority;
    }

    int pop() {
        int top = items[0];
        int lastItem = items[--size];
        float lastPrio = prio[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && prio[child + 1] > prio[child]) {
                child++;
            }
            if (prio[child] <= lastPrio) {
                break;
            }
            place(i, items[child], prio[child]);
            i = child;
        }
        place(i, lastItem, lastPrio);
        return top;
    }
}
