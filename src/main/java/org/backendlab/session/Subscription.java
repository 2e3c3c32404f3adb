package org.backendlab.session;

/** A registration that can be released; views keep one and release it when they are disposed. */
@FunctionalInterface
public interface Subscription {

    Subscription EMPTY = () -> { };

    void unsubscribe();

    /** One subscription that releases this and then the other. */
    default Subscription and(Subscription other) {
        return () -> {
            unsubscribe();
            other.unsubscribe();
        };
    }
}
