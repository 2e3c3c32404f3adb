package org.backendlab.ui.i18n;

/**
 * Picks the Korean particle that fits the word before it (을/를, 이/가, 은/는, 과/와, 으로/로), which
 * depends on whether the word's last syllable ends in a consonant (and, for 으로/로, whether it is ㄹ).
 */
public final class KoreanParticles {

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int RIEUL = 8;
    private static final int NO_FINAL = 0;

    private KoreanParticles() {
    }

    /**
     * The particle for a word: {@code afterConsonant} (을, 이, 은, 과, 으로) when the word ends in a final
     * consonant, {@code afterVowel} (를, 가, 는, 와, 로) otherwise; 으로 becomes 로 after ㄹ.
     */
    public static String pick(String word, String afterConsonant, String afterVowel) {
        int last = finalConsonant(word);
        if (last == NO_FINAL) {
            return afterVowel;
        }
        if ("으로".equals(afterConsonant) && last == RIEUL) {
            return afterVowel;
        }
        return afterConsonant;
    }

    /** Index of the final consonant (jongseong) of the word's last sound, 0 when it ends in a vowel. */
    static int finalConsonant(String word) {
        String trimmed = stripTrailing(word);
        if (trimmed.isEmpty()) {
            return NO_FINAL;
        }
        char c = trimmed.charAt(trimmed.length() - 1);
        if (c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE) {
            return (c - FIRST_SYLLABLE) % 28;
        }
        // Digits and Latin letters as Koreans read them aloud: 영 일 이 삼 사 오 육 칠 팔 구; 엘 엠 엔 알.
        return switch (Character.toLowerCase(c)) {
            case '0', '3', '6', 'm', 'n' -> 16; // a nasal final, like ㅁ/ㅇ/ㄴ
            case '1', '7', '8', 'l', 'r' -> RIEUL;
            default -> NO_FINAL;
        };
    }

    private static String stripTrailing(String word) {
        if (word == null) {
            return "";
        }
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }
}
