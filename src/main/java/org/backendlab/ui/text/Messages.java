package org.backendlab.ui.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backendlab.model.NodeKind;

/**
 * The app's words in one language, the one text system of the window: read from
 * {@code i18n/messages*.properties}. A pattern may write {@code {0}[을/를]}: the particle is chosen to fit
 * whatever label fills {@code {0}}. {@link #get} always goes through {@link MessageFormat} (an apostrophe
 * is written {@code ''}); {@link #text} returns a pattern without arguments and without {@code ''} as
 * written, as the menus and dialogs (FXML {@code %key} strings too) expect.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    private static final Pattern PARTICLE = Pattern.compile("\\{(\\d+)}\\[([^/\\]]+)/([^]]+)]");

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

    /** Korean for a Korean locale, English for anything else (never the system's language). */
    public static Messages of(Locale locale) {
        return of("ko".equals(locale.getLanguage()) ? Language.KOREAN : Language.ENGLISH);
    }

    public static Messages english() {
        return of(Language.ENGLISH);
    }

    public static Messages korean() {
        return of(Language.KOREAN);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public boolean isKorean() {
        return language == Language.KOREAN;
    }

    /** The bundle, for FXML {@code %key} strings. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The text for a key, with arguments filled in; without arguments, as written. Missing: {@code !key!}. */
    public String text(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        // a pattern written for MessageFormat doubles its apostrophes (''); one written plain does not
        return args.length == 0 && !pattern.contains("''") ? pattern : format(pattern, locale(), args);
    }

    public String text(Phrase phrase) {
        return get(phrase);
    }

    /** The text for a key with its arguments filled in, always formatted; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        return pattern == null ? "!" + key + "!" : format(pattern, locale(), args);
    }

    /** A phrase in words; arguments that are phrases themselves are put into words first. */
    public String get(Phrase phrase) {
        Object[] args = phrase.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Phrase nested) {
                args[i] = get(nested);
            }
        }
        String words = get(phrase.key(), args);
        // a sentence may start with a phrase such as "the firewall X"
        return words.startsWith("the ") ? "T" + words.substring(1) : words;
    }

    /** The words of an enum constant: key {@code prefix.NAME}. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    /** What the learner calls a kind of node, e.g. "Database" / "데이터베이스". */
    public String kindName(NodeKind kind) {
        return text("kind." + kind.name());
    }

    /** Fills a pattern's arguments, choosing each {@code {0}[을/를]} particle to fit its argument. */
    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(withParticles(pattern, args), locale).format(args);
    }

    private static String withParticles(String pattern, Object[] args) {
        Matcher m = PARTICLE.matcher(pattern);
        if (!m.find()) {
            return pattern;
        }
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String word = index < args.length ? String.valueOf(args[index]) : "";
            String particle = KoreanParticles.pick(word, m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement("{" + index + "}" + particle));
        }
        m.appendTail(out);
        return out.toString();
    }
}
