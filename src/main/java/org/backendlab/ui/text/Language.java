package org.backendlab.ui.text;

import java.util.Locale;

/** The languages the app speaks; the code is what the settings file stores. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    KOREAN("ko", Locale.KOREAN);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a code such as {@code ko} or {@code ko_KR}; English for anything else. */
    public static Language fromCode(String code) {
        if (code != null && code.toLowerCase(Locale.ROOT).startsWith("ko")) {
            return KOREAN;
        }
        return ENGLISH;
    }

    /** Korean when the system speaks Korean, English otherwise. */
    public static Language fromSystem() {
        return fromCode(Locale.getDefault().getLanguage());
    }

    /** True when a code names a language the app speaks. */
    public static boolean isKnown(String code) {
        return "en".equals(code) || "ko".equals(code);
    }
}
