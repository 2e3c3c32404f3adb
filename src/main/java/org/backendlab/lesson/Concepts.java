package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ideas of the seed note that lessons may teach, one id each with its name in both languages
 * ({@code resources/concepts.json}, kept in step with the seed's concept list). Lesson files may name
 * only these ids.
 */
public final class Concepts {

    /** One idea: its id and its name. */
    public record Concept(String id, Text name) {
    }

    private static final List<Concept> ALL = load();

    private Concepts() {
    }

    private static List<Concept> load() {
        try (InputStream in = Concepts.class.getResourceAsStream("/concepts.json")) {
            if (in == null) {
                throw new IllegalStateException("concepts.json is missing from the app");
            }
            List<Concept> list = new ArrayList<>();
            for (JsonNode c : new ObjectMapper().readTree(in).get("concepts")) {
                list.add(new Concept(c.get("id").asText(), new Text(c.get("en").asText(), c.get("ko").asText())));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Concept> all() {
        return ALL;
    }

    public static Optional<Concept> byId(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static boolean known(String id) {
        return byId(id).isPresent();
    }
}
