package org.backendlab.lesson.goal;

/** A phrase in both languages the app speaks (goal clauses describe themselves with these). */
public record Words(String en, String ko) {

    public static Words same(String text) {
        return new Words(text, text);
    }

    /** The phrase in a language code ("ko" gives Korean; anything else English). */
    public String in(String language) {
        return "ko".equals(language) ? ko : en;
    }

    /** Both phrases joined with a separator that reads the same in both languages. */
    public Words join(String separator, Words other) {
        return new Words(en + separator + other.en, ko + separator + other.ko);
    }
}
