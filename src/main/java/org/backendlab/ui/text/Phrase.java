package org.backendlab.ui.text;

import java.util.List;

/**
 * A sentence not yet put into words: a bundle key and its arguments. View-models hold phrases so a
 * language switch can say the same thing again in the other language.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }
}
