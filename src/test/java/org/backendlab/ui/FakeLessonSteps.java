package org.backendlab.ui;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import org.backendlab.ui.present.LessonSteps;

/** A lesson of five steps standing in for the lesson panel: counts the moves it is asked for. */
final class FakeLessonSteps implements LessonSteps {

    int step = 2;
    int nexts;
    int previouses;
    final SimpleStringProperty title = new SimpleStringProperty();
    final SimpleStringProperty text = new SimpleStringProperty("Put a cache in front of the database.");
    final SimpleStringProperty note = new SimpleStringProperty("Ask the class what the hit ratio will be first.");
    final SimpleStringProperty nextTitle = new SimpleStringProperty();
    final SimpleObjectProperty<List<Check>> checks = new SimpleObjectProperty<>(
            List.of(new Check(true, "A cache is wired to the API server"), new Check(false, "Hit ratio above 50%")));

    FakeLessonSteps() {
        show();
    }

    private void show() {
        title.set("Step " + step + " of 5: Add a cache");
        nextTitle.set(step < 5 ? "Step " + (step + 1) : "");
    }

    @Override
    public boolean next() {
        nexts++;
        step++;
        show();
        return true;
    }

    @Override
    public boolean previous() {
        previouses++;
        step--;
        show();
        return true;
    }

    @Override
    public ObservableValue<String> stepTitle() {
        return title;
    }

    @Override
    public ObservableValue<String> stepText() {
        return text;
    }

    @Override
    public ObservableValue<String> teacherNote() {
        return note;
    }

    @Override
    public ObservableValue<String> nextStepTitle() {
        return nextTitle;
    }

    @Override
    public ObservableValue<List<Check>> checklist() {
        return checks;
    }
}
