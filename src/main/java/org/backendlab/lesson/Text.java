package org.backendlab.lesson;

/** A text a lesson shows, in both languages the app speaks. */
public record Text(String en, String ko) {

    /** The text in a language code ("ko" gives Korean; anything else English). */
    public String in(String language) {
        return "ko".equals(language) ? ko : en;
    }
}
