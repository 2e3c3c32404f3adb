package org.backendlab.lesson;

import java.util.List;

/**
 * How a step sets the stage before the learner starts: a diagram of the lesson's folder to load (null:
 * keep the current one), a total traffic rate to set (null: keep), play or pause (null: keep), nodes to
 * take down.
 */
public record StartState(String diagram, Double rate, Boolean running, List<String> down) {

    public StartState {
        down = down == null ? List.of() : List.copyOf(down);
    }
}
