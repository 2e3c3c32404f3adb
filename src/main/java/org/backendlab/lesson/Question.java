package org.backendlab.lesson;

import java.util.List;
import org.backendlab.lesson.goal.Goal;

/**
 * A prediction a step asks for before the learner runs: the question and its choices, each tied to a goal
 * clause that measures whether what the choice predicts happened (shown beside the answer afterwards).
 */
public record Question(Text text, List<Choice> choices) {

    public Question {
        choices = List.copyOf(choices);
    }

    /** One answer the learner may pick; {@code measure} says whether it came true. */
    public record Choice(Text text, Goal measure) {
    }
}
