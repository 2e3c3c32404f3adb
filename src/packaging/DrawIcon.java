import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (a client wired to two servers and a database, on a blue tile) as a 256 px PNG.
 * Run once from the project folder: {@code java src/packaging/DrawIcon.java}; the PNG is committed.
 */
public class DrawIcon {

    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1F5FBF));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(64, 128, 128, 76));
        g.draw(new Line2D.Double(64, 128, 128, 180));
        g.draw(new Line2D.Double(128, 76, 196, 128));
        g.draw(new Line2D.Double(128, 180, 196, 128));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(40, 104, 48, 48));
        box(g, 104, 56);
        box(g, 104, 160);
        g.setColor(new Color(0xFFC83D));
        g.fill(new RoundRectangle2D.Double(172, 100, 48, 56, 20, 20));
        g.setColor(new Color(0x1F5FBF));
        g.setStroke(new BasicStroke(5));
        g.draw(new Line2D.Double(178, 118, 214, 118));
        g.draw(new Line2D.Double(178, 136, 214, 136));
        g.dispose();
        ImageIO.write(image, "png", new File("src/packaging/backend-lab.png"));
    }

    private static void box(Graphics2D g, int x, int y) {
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(x, y, 48, 40, 12, 12));
        g.setColor(new Color(0x2FB36A));
        g.fill(new Ellipse2D.Double(x + 32, y + 14, 10, 10));
    }
}
