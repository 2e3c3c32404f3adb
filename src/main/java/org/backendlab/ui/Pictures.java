package org.backendlab.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Turns part of a window into a PNG, at twice the screen's pixels so it stays sharp on a slide or page. */
final class Pictures {

    /** Export pictures have twice the pixels of the screen in each direction. */
    static final double EXPORT_SCALE = 2;

    private Pictures() {
    }

    /** A snapshot of a node as it is shown now, scaled. */
    static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    static byte[] png(Node node, double scale) {
        WritableImage image = snapshot(node, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
