package org.backendlab.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.backendlab.cli.UsageException;
import org.backendlab.ui.text.Language;
import org.backendlab.ui.widgets.CanvasTheme;

/**
 * The options of {@code --screenshot OUT.png [--diagram FILE] [--lang ko|en] [--size WxH]}. Each option
 * is one entry in {@link #OPTIONS}, so a new one (say {@code --run-seconds N}) is one line there and one
 * field here.
 */
public final class ScreenshotOptions {

    public static final String USAGE =
            "usage: backend-lab --screenshot OUT.png [--diagram FILE] [--lang ko|en] [--size WxH]"
                    + " [--run-seconds N] [--rate R] [--lesson ID [--step N]] [--race] [--presentation] [--theme light|dark|projector]";
    /** Longest run before a screenshot (docs/performance.md: about half a minute of rendering at most). */
    public static final double MAX_RUN_SECONDS = 600;
    /** Most requests the run before a screenshot may simulate (run seconds x total rate). */
    public static final double MAX_RUN_REQUESTS = 6_000_000;
    private static final Map<String, BiConsumer<ScreenshotOptions, String>> OPTIONS = new LinkedHashMap<>();
    /** Options that take no value. */
    private static final Map<String, java.util.function.Consumer<ScreenshotOptions>> FLAGS = new LinkedHashMap<>();

    static {
        OPTIONS.put("--diagram", (o, v) -> o.diagram = Path.of(v));
        OPTIONS.put("--lang", (o, v) -> {
            if (!Language.isKnown(v)) {
                throw new UsageException("--lang must be ko or en, not '" + v + "'");
            }
            o.language = Language.fromCode(v);
        });
        OPTIONS.put("--size", ScreenshotOptions::parseSize);
        // simulate N seconds of traffic at R requests/s before rendering
        OPTIONS.put("--run-seconds", (o, v) -> o.runSeconds = number("--run-seconds", v, 0, MAX_RUN_SECONDS));
        OPTIONS.put("--rate", (o, v) -> o.rate = number("--rate", v, 0, 20_000));
        // the app with a lesson open at a step, Lesson tab in front
        OPTIONS.put("--lesson", (o, v) -> o.lesson = v);
        OPTIONS.put("--step", (o, v) -> o.step = (int) number("--step", v, 1, 50));
        OPTIONS.put("--theme", (o, v) -> {
            if (!CanvasTheme.Profile.isKnown(v)) {
                throw new UsageException("--theme must be light, dark or projector, not '" + v + "'");
            }
            o.theme = CanvasTheme.Profile.fromCode(v);
        });
        // the projected window of presentation mode, at the whole --size
        FLAGS.put("--presentation", o -> o.presentation = true);
        // an A/B race of the shown diagram against a copy of itself
        FLAGS.put("--race", o -> o.race = true);
    }

    private Path output;
    private Path diagram;
    private Language language = Language.ENGLISH;
    private int width = 1600;
    private int height = 1000;
    private double runSeconds;
    private double rate = -1;
    private String lesson;
    private int step = 1;
    private boolean race;
    private CanvasTheme.Profile theme = CanvasTheme.Profile.LIGHT;
    private boolean presentation;

    private ScreenshotOptions() {
    }

    /** Parses the arguments, the first being {@code --screenshot}; throws {@link UsageException} if bad. */
    public static ScreenshotOptions parse(String[] args) {
        ScreenshotOptions o = new ScreenshotOptions();
        int i = args.length > 0 && "--screenshot".equals(args[0]) ? 1 : 0;
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("--screenshot needs an output file. " + USAGE);
        }
        o.output = Path.of(args[i++]);
        while (i < args.length) {
            String name = args[i++];
            var flag = FLAGS.get(name);
            if (flag != null) {
                flag.accept(o);
                continue;
            }
            var option = OPTIONS.get(name);
            if (option == null) {
                throw new UsageException("unknown option '" + name + "'. " + USAGE);
            }
            if (i >= args.length) {
                throw new UsageException(name + " needs a value. " + USAGE);
            }
            option.accept(o, args[i++]);
        }
        if (o.step != 1 && o.lesson == null) {
            throw new UsageException("--step needs --lesson. " + USAGE);
        }
        if (!o.output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new UsageException("the output file must end in .png: " + o.output);
        }
        return o;
    }

    private void parseSize(String value) {
        String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            width = Integer.parseInt(parts[0]);
            height = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new UsageException("--size must look like 1600x1000, not '" + value + "'");
        }
        if (width < 640 || height < 400 || width > 8000 || height > 8000) {
            throw new UsageException("--size must be between 640x400 and 8000x8000, not '" + value + "'");
        }
    }

    /** Refuses a run whose requests ({@code --run-seconds} x the total rate) exceed {@link #MAX_RUN_REQUESTS}. */
    public void checkWork(double diagramRate) {
        double total = rate >= 0 ? rate : diagramRate;
        double requests = total * runSeconds;
        if (requests > MAX_RUN_REQUESTS) {
            throw new UsageException(String.format(java.util.Locale.ROOT,
                    "--run-seconds %s at %.0f requests/s is about %,.0f requests; a screenshot run simulates at "
                            + "most %,.0f (lower --run-seconds or --rate)", plain(runSeconds), total, requests,
                    MAX_RUN_REQUESTS));
        }
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static double number(String name, String value, double min, double max) {
        try {
            double v = Double.parseDouble(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " must be a number from " + (long) min + " to " + (long) max + ", not '" + value + "'");
    }

    /** Seconds of traffic to simulate before rendering (0: none). */
    public double runSeconds() {
        return runSeconds;
    }

    /** Total client rate in requests/s for the run, or -1 to keep the diagram's. */
    public double rate() {
        return rate;
    }

    /** The id of the lesson to show open, or null. */
    public String lesson() {
        return lesson;
    }

    /** The lesson step to show (from 1). */
    public int step() {
        return step;
    }

    /** True to show an A/B race of the diagram against a copy of itself. */
    public boolean race() {
        return race;
    }

    public CanvasTheme.Profile theme() {
        return theme;
    }

    /** True to show presentation mode's projected window instead of the editing window. */
    public boolean presentation() {
        return presentation;
    }

    public Path output() {
        return output;
    }

    /** The diagram file to show, or null for the full example. */
    public Path diagram() {
        return diagram;
    }

    public Language language() {
        return language;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
