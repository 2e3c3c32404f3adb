package org.backendlab.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The listeners of a long-lived object: added with a {@link Subscription} that removes them again. */
public final class Listeners<T> {

    private final List<T> all = new CopyOnWriteArrayList<>();

    public Subscription add(T listener) {
        all.add(listener);
        return () -> all.remove(listener);
    }

    public void forEach(Consumer<? super T> call) {
        for (T listener : all) {
            call.accept(listener);
        }
    }

    /** How many are registered now (tests check that views release theirs). */
    public int count() {
        return all.size();
    }
}
