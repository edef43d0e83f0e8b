package org.creativeautomation.engine.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Collects every problem in a document so that all of them are reported at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Location location, String fieldPath, String message) {
        list.add(new Problem(location, fieldPath, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The problems in document order (line, then column). */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Problem p) -> p.location() == null ? Integer.MAX_VALUE : p.location().line())
                .thenComparing(p -> p.location() == null ? Integer.MAX_VALUE : p.location().column()));
        return List.copyOf(copy);
    }

    /** Throws the exception the factory builds when any problem was found. */
    public <E extends InvalidDocumentException> void throwIfAny(Function<List<Problem>, E> factory) {
        if (!list.isEmpty()) {
            throw factory.apply(sorted());
        }
    }
}
