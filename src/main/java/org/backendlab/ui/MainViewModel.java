package org.backendlab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backendlab.io.AtomicFiles;
import org.backendlab.io.DiagramFileException;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Settings;
import org.backendlab.model.Diagram;
import org.backendlab.model.Node;
import org.backendlab.io.Recovery;
import org.backendlab.session.Autosave;
import org.backendlab.session.Document;
import org.backendlab.session.RunRecorder;
import org.backendlab.session.RunSession;
import org.backendlab.lesson.ProgressStore;
import org.backendlab.ui.editor.EditorViewModel;
import org.backendlab.ui.lesson.LessonAsk;
import org.backendlab.ui.lesson.LessonViewModel;
import org.backendlab.ui.lesson.ProgressKeeper;
import org.backendlab.ui.present.LessonSteps;
import org.backendlab.ui.widgets.CanvasTheme;
import org.backendlab.ui.run.FxFrameSource;
import org.backendlab.ui.race.RaceViewModel;
import org.backendlab.ui.run.RunViewModel;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.text.DefaultLabels;
import org.backendlab.ui.text.Messages;

/**
 * The main window's state apart from the canvas: which document is open (a file, an example or a new
 * one), the language, the window title and the remembered settings. File commands ask before dropping
 * unsaved changes and leave the open diagram untouched when a file cannot be read.
 */
public final class MainViewModel {

    public static final String START_EXAMPLE = "full";

    private final Document document;
    private final EditorViewModel editor;
    private final RunSession session;
    /** Keeps unsaved work in the recovery file; none for a window that must leave no trace. */
    private final Autosave autosave;
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ReadOnlyObjectWrapper<Messages> messages = new ReadOnlyObjectWrapper<>(this, "messages");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Example name when the document came from File > Examples and has not been saved to a file. */
    private final ReadOnlyObjectWrapper<String> example = new ReadOnlyObjectWrapper<>(this, "example");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<List<String>> recentFiles = new ReadOnlyObjectWrapper<>(this, "recentFiles", List.of());
    private final ObjectProperty<Dialogs> dialogs = new SimpleObjectProperty<>(this, "dialogs");
    private Settings settings;
    private final boolean persistent;

    public MainViewModel(Settings settings) {
        this(settings, true);
    }

    /**
     * @param persistent false for a window that must leave no trace (screenshots): it neither writes
     *                   settings nor any other file in the app folder
     */
    public MainViewModel(Settings settings, boolean persistent) {
        this.settings = settings;
        this.persistent = persistent;
        Language lang = Language.isKnown(settings.language()) ? Language.fromCode(settings.language()) : Language.fromSystem();
        language.set(lang);
        messages.set(Messages.of(lang));
        recentFiles.set(settings.recentFiles());
        document = new Document(new Diagram());
        editor = new EditorViewModel(document);
        session = new RunSession(document);
        session.addListener(recorder);
        theme.set(CanvasTheme.Profile.fromCode(settings.theme()));
        loadExample(START_EXAMPLE);
        autosave = persistent ? new Autosave(document, Recovery.inAppHome()) : null;
        title.bind(Bindings.createStringBinding(this::makeTitle, file, example, editor.dirtyProperty(), language));
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The keeper of unsaved work, or null for a window that writes nothing (screenshots). */
    public Autosave autosave() {
        return autosave;
    }

    /**
     * At start: when the last run stopped with unsaved work (a crash, a kill, a power cut), asks whether to
     * restore it; restored work counts as unsaved. Declined work is removed. True when work was restored.
     */
    public boolean offerRecovery() {
        if (autosave == null || !autosave.recovery().exists()) {
            return false;
        }
        var saved = autosave.recovery().read();
        if (saved.isPresent() && dialogs.get().askToRestore()) {
            document.loadUnsaved(saved.get());
            file.set(null);
            example.set(null);
            autosave.flush();
            editor.say("status.restored");
            return true;
        }
        autosave.discard();
        return false;
    }

    /** The run of the open document (plain Java; lessons and every window observe the same one). */
    public RunSession session() {
        return session;
    }

    /** The JavaFX side of the run; made on first use, outlives window rebuilds. */
    private RunViewModel run;

    public RunViewModel run() {
        if (run == null) {
            run = new RunViewModel(session, editor, new FxFrameSource());
        }
        return run;
    }

    /** The lesson panel's state; made on first use, outlives window rebuilds. */
    private LessonViewModel lesson;

    public LessonViewModel lesson() {
        if (lesson == null) {
            LessonAsk ask = new LessonAsk() {
                @Override
                public boolean mayDropChanges() {
                    return confirmDiscard();
                }

                @Override
                public boolean confirmReset(String lessonTitle) {
                    return dialogs.get().confirm(messages().text("dialog.resetLesson.title"),
                            messages().text("dialog.resetLesson.header", lessonTitle),
                            messages().text("dialog.resetLesson.text"));
                }
            };
            // a window that leaves no trace (screenshots) keeps lesson progress in memory only
            ProgressKeeper keeper = !persistent ? ProgressKeeper.inMemory() : ProgressKeeper.of(ProgressStore.inAppHome());
            lesson = new LessonViewModel(run(), language, ask, keeper);
            lessonSteps.set(new PanelLessonSteps(lesson, this::messages));
        }
        return lesson;
    }

    /** File > Open lesson folder: asks for a folder and opens the lesson in it. */
    public void openLessonFolder() {
        dialogs.get().chooseFolder(messages().text("dialog.lessonFolder.title")).ifPresent(p -> lesson().openFolder(p));
    }

    /** The A/B race of the open design against a second one; made on first use, outlives window rebuilds. */
    private RaceViewModel race;

    public RaceViewModel race() {
        if (race == null) {
            race = new RaceViewModel(run(), editor);
        }
        return race;
    }

    /** Race > Compare with a file: asks for a design file and races the open design against it. */
    public void compareWithFile() {
        var chosen = dialogs.get().chooseFileToOpen();
        if (chosen.isEmpty()) {
            editor.say("race.status.fileCancelled");
            return;
        }
        Path path = chosen.get();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Diagram diagram;
        try {
            diagram = DiagramFiles.read(path);
        } catch (DiagramFileException e) {
            String technical = e.refusal().isPresent() ? "" : messages().text("file.error.detail", e.getMessage()) + "\n\n";
            dialogs.get().showError(messages().text("file.error.title"), openError(name, e),
                    technical + messages().text("race.fileKept"));
            editor.say("status.openFailed", name);
            return;
        }
        new DefaultLabels(messages()).localize(diagram);
        race().start(diagram, "race.status.startedFile", name);
    }

    /** Race > Save B as: writes design B to a file of the learner's choice; A stays the open document. */
    public boolean saveRaceB() {
        EditorViewModel b = race().editorBProperty().get();
        if (b == null) {
            return false;
        }
        String base = documentName().endsWith(".json") ? documentName().substring(0, documentName().length() - 5) : documentName();
        var chosen = dialogs.get().chooseFileToSave(base + "-B.json");
        if (chosen.isEmpty()) {
            editor.say("status.saveCancelled");
            return false;
        }
        Path path = chosen.get();
        if (path.getFileName() != null && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".json");
        }
        try {
            DiagramFiles.write(b.diagram(), path);
        } catch (IOException e) {
            var reason = e instanceof AtomicFiles.WriteFailure f ? f.reason() : AtomicFiles.WriteFailure.Reason.OTHER;
            dialogs.get().showError(messages().text("file.saveError.title"),
                    messages().text("file.saveError", path.getFileName(), messages().text("file.saveError." + reason.name())),
                    messages().text("file.saveError.kept"));
            editor.say("status.saveFailed", path.getFileName());
            return false;
        }
        b.markSaved();
        remember(path);
        editor.say("race.status.savedB", path.getFileName());
        return true;
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<String>> recentFilesProperty() {
        return recentFiles.getReadOnlyProperty();
    }

    public ObjectProperty<Dialogs> dialogsProperty() {
        return dialogs;
    }

    public void setDialogs(Dialogs value) {
        dialogs.set(value);
    }

    /** Switches the language of the whole window and remembers it; the diagram and history stay. */
    public void setLanguage(Language lang) {
        if (lang == language.get()) {
            return;
        }
        messages.set(Messages.of(lang));
        language.set(lang);
        settings = settings.withLanguage(lang.code());
        saveSettings();
        editor.say("status.language", messages().text("language." + lang.code()));
    }

    /** The name shown for the document: its file name, the example's name, or "Untitled". */
    public String documentName() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        if (example.get() != null) {
            return example.get() + ".json";
        }
        return messages().text("document.untitled");
    }

    // ---- file commands ----

    public void newDiagram() {
        if (!confirmDiscard()) {
            return;
        }
        editor.load(new Diagram());
        file.set(null);
        example.set(null);
        editor.say("status.new");
    }

    /** File > Open: asks for a file, then opens it. */
    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.get().chooseFileToOpen().ifPresent(this::openWithoutAsking);
    }

    /** Opens a file after asking about unsaved changes (recent files, command line). */
    public boolean open(Path path) {
        return confirmDiscard() && openWithoutAsking(path);
    }

    private boolean openWithoutAsking(Path path) {
        Diagram diagram;
        try {
            diagram = DiagramFiles.read(path);
        } catch (DiagramFileException e) {
            String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
            // The header is a sentence in the learner's language; the technical line comes from the reader.
            String technical = e.refusal().isPresent() ? "" : messages().text("file.error.detail", e.getMessage()) + "\n\n";
            dialogs.get().showError(messages().text("file.error.title"), openError(name, e),
                    technical + messages().text("file.error.kept"));
            editor.say("status.openFailed", name);
            return false;
        }
        new DefaultLabels(messages()).localize(diagram);
        editor.load(diagram);
        file.set(path);
        example.set(null);
        remember(path);
        editor.say("status.opened", path.getFileName().toString());
        return true;
    }

    /**
     * The sentence for a file that cannot be opened; for a refused node or link it reads
     * "{file}: {where}: {why}" with the same words the editor uses when it refuses that edit.
     */
    String openError(String name, DiagramFileException e) {
        String detail = e.detail() == null ? "" : e.detail();
        if (e.refusal().isPresent()) {
            // detail is "links[3] (from->to)" or "nodes[2] (id)": the ids stand in for the labels.
            String[] ends = {"", ""};
            int open = detail.indexOf('(');
            if (open >= 0 && detail.endsWith(")")) {
                String inside = detail.substring(open + 1, detail.length() - 1);
                int arrow = inside.indexOf("->");
                ends = arrow >= 0 ? new String[] {inside.substring(0, arrow), inside.substring(arrow + 2)}
                        : new String[] {inside, ""};
            }
            String code = e.refusal().get().name();
            String why = messages().has("file.refusal." + code) ? messages().text("file.refusal." + code)
                    : messages().text("refusal." + code, ends[0], ends[1]);
            return messages().text("file.error.refused", name, detail, why);
        }
        return messages().text("file.error." + e.problem().name(), name, detail);
    }

    /** Opens a bundled example as a new, unsaved document; Korean learners get Korean labels. */
    public void openExample(String name) {
        if (!confirmDiscard()) {
            return;
        }
        loadExample(name);
        editor.say("status.exampleOpened", messages().text("example." + name));
    }

    private void loadExample(String name) {
        Diagram diagram = DiagramFiles.example(name);
        new DefaultLabels(messages()).localize(diagram);
        editor.load(diagram);
        file.set(null);
        example.set(name);
    }

    /** File > Save: writes to the open file, or asks for one. Returns false when nothing was saved. */
    public boolean save() {
        if (file.get() == null) {
            return saveAs();
        }
        return writeTo(file.get());
    }

    public boolean saveAs() {
        String suggested = documentName().endsWith(".json") ? documentName() : documentName() + ".json";
        var chosen = dialogs.get().chooseFileToSave(suggested);
        if (chosen.isEmpty()) {
            editor.say("status.saveCancelled");
            return false;
        }
        Path path = chosen.get();
        if (path.getFileName() != null && !path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + ".json");
        }
        return writeTo(path);
    }

    private boolean writeTo(Path path) {
        try {
            DiagramFiles.write(editor.diagram(), path);
        } catch (IOException e) {
            // The reason in plain words; never the raw exception text, which can name a hidden temp file.
            var reason = e instanceof AtomicFiles.WriteFailure f ? f.reason() : AtomicFiles.WriteFailure.Reason.OTHER;
            Path folder = path.toAbsolutePath().getParent();
            dialogs.get().showError(messages().text("file.saveError.title"),
                    messages().text("file.saveError", path.getFileName(),
                            messages().text("file.saveError." + reason.name())),
                    messages().text("file.saveError.where", folder == null ? "" : folder.toString()) + "\n\n"
                            + messages().text("file.saveError.kept"));
            editor.say("status.saveFailed", path.getFileName());
            return false;
        }
        file.set(path);
        example.set(null);
        editor.markSaved();
        remember(path);
        editor.say("status.saved", path.getFileName());
        return true;
    }

    /**
     * True when the open document may be dropped: it has no unsaved changes, or the learner saved it, or
     * chose not to save. False when they cancelled (or the save failed).
     */
    public boolean confirmDiscard() {
        if (!editor.isDirty()) {
            return true;
        }
        return switch (dialogs.get().askToSave(documentName())) {
            case SAVE -> save();
            case DISCARD -> {
                if (autosave != null) {
                    autosave.discard();
                }
                yield true;
            }
            case CANCEL -> {
                editor.say("status.cancelled");
                yield false;
            }
        };
    }

    private void remember(Path path) {
        settings = settings.withRecent(path);
        recentFiles.set(settings.recentFiles());
        saveSettings();
    }

    /** False for a window that writes nothing to the app folder (settings, progress, recovery). */
    public boolean isPersistent() {
        return persistent;
    }

    private void saveSettings() {
        if (!persistent) {
            return;
        }
        try {
            settings.save();
        } catch (IOException e) {
            editor.say("status.settingsNotSaved");
        }
    }

    // ---- theme, presentation, lesson steps, run data ----

    private final ReadOnlyObjectWrapper<CanvasTheme.Profile> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final javafx.beans.property.BooleanProperty presenting =
            new javafx.beans.property.SimpleBooleanProperty(this, "presenting");
    private final ObjectProperty<LessonSteps> lessonSteps = new SimpleObjectProperty<>(this, "lessonSteps", LessonSteps.NONE);
    private final RunRecorder recorder = new RunRecorder();

    /** The theme the learner chose (light, dark or projector); presentation mode shows projector anyway. */
    public ReadOnlyObjectProperty<CanvasTheme.Profile> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    /** Switches the theme of every window and remembers it. */
    public void setTheme(CanvasTheme.Profile profile) {
        if (profile == theme.get()) {
            return;
        }
        theme.set(profile);
        settings = settings.withTheme(profile.code());
        saveSettings();
        editor.say("status.theme", messages().text("theme." + profile.code()));
    }

    /** True while presentation mode is on (the main window projected, a presenter window beside it). */
    public javafx.beans.property.BooleanProperty presentingProperty() {
        return presenting;
    }

    public void setPresenting(boolean on) {
        if (on != presenting.get()) {
            presenting.set(on);
            editor.say(on ? "status.presentationOn" : "status.presentationOff");
        }
    }

    /**
     * The lesson steps presentation mode moves through and the presenter window shows; the lesson panel
     * sets it, {@link LessonSteps#NONE} without one.
     */
    public ObjectProperty<LessonSteps> lessonStepsProperty() {
        return lessonSteps;
    }

    /** Right / Left in presentation mode: the next or previous lesson step, with a word in the status bar. */
    public void lessonStep(boolean forward) {
        boolean moved = forward ? lessonSteps.get().next() : lessonSteps.get().previous();
        editor.say(moved ? (forward ? "status.stepNext" : "status.stepBack") : "status.noStep");
    }

    /** The figures of the run so far, one row per simulated second. */
    public RunRecorder recorder() {
        return recorder;
    }

    /** File > Export run data: asks for a CSV file and writes the run's figures into it. */
    public boolean exportRunData() {
        var chosen = dialogs.get().chooseExportFile("run-data.csv", Dialogs.ExportKind.CSV);
        if (chosen.isEmpty()) {
            editor.say("status.exportCancelled");
            return false;
        }
        Path path = withExtension(chosen.get(), ".csv");
        try {
            java.io.StringWriter csv = new java.io.StringWriter();
            recorder.writeCsv(csv);
            AtomicFiles.write(path, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return exportFailed(path);
        }
        editor.say("status.exportedData", path.getFileName(), recorder.rows().size());
        return true;
    }

    /** Writes a picture the view made (PNG bytes) to a file the learner picks. */
    public boolean exportPicture(String suggestedName, java.util.function.Supplier<byte[]> png) {
        var chosen = dialogs.get().chooseExportFile(suggestedName, Dialogs.ExportKind.PNG);
        if (chosen.isEmpty()) {
            editor.say("status.exportCancelled");
            return false;
        }
        Path path = withExtension(chosen.get(), ".png");
        try {
            AtomicFiles.write(path, png.get());
        } catch (IOException | java.io.UncheckedIOException e) {
            return exportFailed(path);
        }
        editor.say("status.exportedPicture", path.getFileName());
        return true;
    }

    private boolean exportFailed(Path path) {
        dialogs.get().showError(messages().text("export.error.title"), messages().text("export.error", path.getFileName()),
                messages().text("file.saveError.where", path.toAbsolutePath().getParent()));
        editor.say("status.exportFailed", path.getFileName());
        return false;
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }

    private String makeTitle() {
        String mark = editor.isDirty() ? "* " : "";
        return mark + documentName() + " - " + messages().text("app.name");
    }
}
