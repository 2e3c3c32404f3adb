package org.backendlab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A script of actions per lesson step ({@code "format": "backend-lab-script"}): a lesson's solution, or a
 * wrong attempt that must pass every step before {@code failsStep} and fail that one (null for solutions).
 */
public record Script(int version, Integer failsStep, List<Step> steps) {

    /** The actions for one lesson step (numbered from 1). */
    public record Step(int step, List<ScriptAction> actions) {
        public Step {
            actions = List.copyOf(actions);
        }
    }

    public Script {
        steps = List.copyOf(steps);
    }

    /** The actions the script gives for a step (empty when it names none). */
    public List<ScriptAction> actionsFor(int step) {
        return steps.stream().filter(s -> s.step() == step).findFirst().map(Step::actions).orElse(List.of());
    }

    /** The highest step the script names. */
    public int lastStep() {
        return steps.stream().mapToInt(Step::step).max().orElse(0);
    }

    public Optional<Integer> fails() {
        return Optional.ofNullable(failsStep);
    }
}
