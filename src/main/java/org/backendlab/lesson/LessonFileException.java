package org.backendlab.lesson;

import java.util.List;

/** A lesson, script or diagram file that cannot be used; {@link #getMessage()} is already in the one error format. */
public final class LessonFileException extends Exception {

    private final transient List<FileErrors.Error> errors;

    public LessonFileException(List<FileErrors.Error> errors) {
        super(FileErrors.text(errors));
        this.errors = List.copyOf(errors);
    }

    public LessonFileException(String file, String path, String message) {
        this(List.of(new FileErrors.Error(file, path, message)));
    }

    public List<FileErrors.Error> errors() {
        return errors;
    }
}
