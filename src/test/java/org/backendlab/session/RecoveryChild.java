package org.backendlab.session;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.SplittableRandom;
import org.backendlab.io.DiagramFiles;
import org.backendlab.io.Recovery;
import org.backendlab.model.Node;
import org.backendlab.model.edit.Edits;

/**
 * A child JVM for {@link RecoveryKillTest}: edits a diagram as a learner would, keeps the unsaved work
 * after each edit, prints what is on screen, and waits for the next go; the test kills it at some point.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        Document doc = new Document(DiagramFiles.example("full"));
        Autosave autosave = new Autosave(doc, new Recovery(Path.of(args[0])));
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            Node db = doc.diagram().require("db-1");
            doc.perform(Edits.change(db, db.withPosition(random.nextInt(1000), random.nextInt(800))));
            autosave.flush();
            String shown = DiagramFiles.toJson(doc.diagram());
            System.out.println(Base64.getEncoder().encodeToString(shown.getBytes(StandardCharsets.UTF_8)));
            System.out.flush();
        }
    }
}
