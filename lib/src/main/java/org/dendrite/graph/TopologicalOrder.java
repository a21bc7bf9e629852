package org.dendrite.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The order in which backpropagation walks a computation graph, backwards: every node a root
 * depends on, each after the inputs it was computed from, the root last. Both autograd engines
 * use it, the scalar {@code Value} and the tensor {@code Autograd}.
 */
public final class TopologicalOrder {

    private TopologicalOrder() {
    }

    /**
     * {@code root} and every node it depends on through {@code inputs}, inputs first, {@code root}
     * last; nodes are told apart by identity. A depth-first search with an explicit stack, so
     * long chains cannot overflow it; each node's inputs are visited in order.
     */
    public static <T> List<T> inputsFirst(T root, Function<T, List<T>> inputs) {
        record Visit<T>(T node, boolean inputsDone) {
        }
        List<T> order = new ArrayList<>();
        Set<T> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Visit<T>> toDo = new ArrayDeque<>();
        toDo.push(new Visit<>(root, false));
        while (!toDo.isEmpty()) {
            Visit<T> visit = toDo.pop();
            if (visit.inputsDone()) {
                order.add(visit.node());
            } else if (visited.add(visit.node())) {
                toDo.push(new Visit<>(visit.node(), true));
                List<T> next = inputs.apply(visit.node());
                for (int i = next.size() - 1; i >= 0; i--) {   // reversed, so the first input comes first
                    toDo.push(new Visit<>(next.get(i), false));
                }
            }
        }
        return order;
    }
}
