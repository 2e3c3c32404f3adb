package org.backendlab.ui.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.backendlab.model.NodeKind;
import org.backendlab.ui.text.RunText;

/**
 * The app's words in one language, read from {@code i18n/messages*.properties}. Korean patterns may
 * write {@code {0}[을/를]} so the particle fits whatever label fills {@code {0}}; the formatting itself
 * is {@link RunText#format}, shared with the run layer's words.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // No fallback to the system locale: English on a Korean machine must still be English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The bundle, for FXML {@code %key} strings. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a key, with arguments filled in; a missing key shows as {@code !key!}. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // the run layer's words live in their own bundle, i18n/run*.properties
            RunText run = RunText.of(locale());
            return run.has(key) ? run.get(new Phrase(key, Arrays.asList(args))) : "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return RunText.format(pattern, locale(), args);
    }

    public String text(Phrase phrase) {
        return text(phrase.key(), phrase.args().toArray());
    }

    /** What the learner calls a kind of node, e.g. "Database" / "데이터베이스". */
    public String kindName(NodeKind kind) {
        return text("kind." + kind.name());
    }
}
