package org.backendlab.ui.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the "watch it run" layer in one language, read from {@code i18n/run*.properties}. A
 * pattern may write {@code {0}[을/를]}: the particle is chosen to fit whatever label fills {@code {0}}.
 * Every pattern goes through {@link MessageFormat}, so an apostrophe is always written {@code ''}.
 */
public final class RunText {

    public static final String BUNDLE = "i18n.run";
    private static final Pattern PARTICLE = Pattern.compile("\\{(\\d+)}\\[([^/\\]]+)/([^]]+)]");

    private final Locale locale;
    private final ResourceBundle bundle;

    private RunText(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** Korean for a Korean locale, English for anything else (never the system's language). */
    public static RunText of(Locale locale) {
        Locale chosen = "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new RunText(chosen, bundle);
    }

    public static RunText english() {
        return of(Locale.ENGLISH);
    }

    public static RunText korean() {
        return of(Locale.KOREAN);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isKorean() {
        return "ko".equals(locale.getLanguage());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a key with its arguments filled in; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return format(pattern, locale, args);
    }

    /**
     * Fills a pattern's arguments, choosing each {@code {0}[을/를]} particle to fit its argument. The one
     * formatter of the app's words: {@link org.backendlab.ui.text.Messages} uses it too.
     */
    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(withParticles(pattern, args), locale).format(args);
    }

    /** A phrase in words; arguments that are phrases themselves are put into words first. */
    public String get(org.backendlab.ui.text.Phrase phrase) {
        Object[] args = phrase.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof org.backendlab.ui.text.Phrase nested) {
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
