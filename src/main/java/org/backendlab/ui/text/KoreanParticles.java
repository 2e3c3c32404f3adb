package org.backendlab.ui.text;

import java.util.Locale;

/**
 * Picks the Korean particle (을/를, 이/가, 은/는, 과/와, 으로/로, 이에요/예요) that fits the last sound of a
 * learner's label, reading Latin letters and digits at the end the way a Korean speaker says them aloud.
 */
public final class KoreanParticles {

    /** How a word ends when read aloud in Korean. */
    public enum Ending {
        /** No final consonant (받침 없음): 를, 가, 는, 와, 로. */
        VOWEL,
        /** A final consonant other than ㄹ: 을, 이, 은, 과, 으로. */
        CONSONANT,
        /** A final ㄹ: 을, 이, 은, 과, but 로 (not 으로). */
        RIEUL
    }

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int RIEUL_INDEX = 8;

    private KoreanParticles() {
    }

    /**
     * The particle for a word, given its two forms: {@code afterConsonant} (을, 이, 은, 과, 으로, 이에요) and
     * {@code afterVowel} (를, 가, 는, 와, 로, 예요). A form starting with 으 is dropped after ㄹ as well.
     */
    public static String pick(String word, String afterConsonant, String afterVowel) {
        return switch (ending(word)) {
            case VOWEL -> afterVowel;
            case RIEUL -> afterConsonant.startsWith("으") ? afterVowel : afterConsonant;
            case CONSONANT -> afterConsonant;
        };
    }

    /** The word followed by the fitting particle, e.g. {@code attach("API", "이", "가")} = "API가". */
    public static String attach(String word, String afterConsonant, String afterVowel) {
        return word + pick(word, afterConsonant, afterVowel);
    }

    /** How the word's last sound ends; punctuation and spaces at the end are skipped. */
    public static Ending ending(String word) {
        String w = stripTrailing(word);
        if (w.isEmpty()) {
            return Ending.VOWEL;
        }
        char last = w.charAt(w.length() - 1);
        if (last >= FIRST_SYLLABLE && last <= LAST_SYLLABLE) {
            int jong = (last - FIRST_SYLLABLE) % 28;
            return jong == 0 ? Ending.VOWEL : jong == RIEUL_INDEX ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (last >= '\u3131' && last <= '\u314E') {
            return last == '\u3139' ? Ending.RIEUL : Ending.CONSONANT; // a lone consonant letter such as ㅋ
        }
        if (last >= '0' && last <= '9') {
            return digits(w);
        }
        if (isLatin(last)) {
            return latin(w);
        }
        return Ending.VOWEL;
    }

    /** Numbers as Sino-Korean: 일 칠 팔 end in ㄹ; 영 삼 육 and 십 백 천 만 end in a consonant. */
    private static Ending digits(String w) {
        char last = w.charAt(w.length() - 1);
        return switch (last) {
            case '1', '7', '8' -> Ending.RIEUL;
            case '0', '3', '6' -> Ending.CONSONANT;
            default -> Ending.VOWEL;
        };
    }

    private static Ending latin(String w) {
        int start = w.length();
        while (start > 0 && isLatin(w.charAt(start - 1))) {
            start--;
        }
        String run = w.substring(start);
        boolean acronym = run.length() == 1 || run.equals(run.toUpperCase(Locale.ROOT));
        if (acronym) {
            return letterName(run.charAt(run.length() - 1));
        }
        return englishWord(run.toLowerCase(Locale.ROOT));
    }

    /** A letter read by its name: 엘 and 알 end in ㄹ, 엠 and 엔 in a consonant, the rest in a vowel. */
    private static Ending letterName(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'L', 'R' -> Ending.RIEUL;
            case 'M', 'N' -> Ending.CONSONANT;
            default -> Ending.VOWEL;
        };
    }

    /**
     * An English word as it is usually written in Hangul: server 서버 and cache 캐시 end in a vowel, admin
     * 어드민 and ping 핑 in a consonant, mail 메일 in ㄹ, web 웹 and chat 챗 in a consonant, cloud 클라우드 in a vowel.
     */
    private static Ending englishWord(String word) {
        char last = word.charAt(word.length() - 1);
        if (last == 'l') {
            return Ending.RIEUL;
        }
        if (last == 'm' || last == 'n') {
            return Ending.CONSONANT;
        }
        if (word.endsWith("ng") || word.endsWith("ck") || word.endsWith("pp") || word.endsWith("tt")) {
            return Ending.CONSONANT;
        }
        if ((last == 'b' || last == 'p' || last == 't' || last == 'k') && word.length() >= 2
                && "aeiou".indexOf(word.charAt(word.length() - 2)) >= 0
                && (word.length() < 3 || "aeiou".indexOf(word.charAt(word.length() - 3)) < 0)) {
            return Ending.CONSONANT;
        }
        return Ending.VOWEL;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
