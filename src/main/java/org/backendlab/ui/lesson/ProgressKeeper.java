package org.backendlab.ui.lesson;

import java.io.IOException;
import org.backendlab.lesson.Progress;
import org.backendlab.lesson.ProgressStore;

/**
 * Where the lesson panel keeps the learner's progress: the file in the app folder, or memory only
 * (screenshots must neither read nor write the learner's files).
 */
public interface ProgressKeeper {

    Progress load();

    void save(Progress progress) throws IOException;

    /** Progress kept in a store's file. */
    static ProgressKeeper of(ProgressStore store) {
        return new ProgressKeeper() {
            @Override
            public Progress load() {
                return store.load();
            }

            @Override
            public void save(Progress progress) throws IOException {
                store.save(progress);
            }
        };
    }

    /** Progress that starts empty and is forgotten when the app ends. */
    static ProgressKeeper inMemory() {
        return new ProgressKeeper() {
            private Progress kept = Progress.empty();

            @Override
            public Progress load() {
                return kept;
            }

            @Override
            public void save(Progress progress) {
                kept = progress;
            }
        };
    }
}
