package org.backendlab;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backendlab.cli.BenchCommand;
import org.backendlab.cli.Command;
import org.backendlab.cli.CompareCommand;
import org.backendlab.cli.SimulateCommand;
import org.backendlab.ui.BackendLabApp;
import org.backendlab.ui.BenchUiCommand;
import org.backendlab.ui.ScreenshotCommand;

/**
 * The one entry point: no arguments open the window, otherwise the first argument names a headless
 * command. Kept apart from the JavaFX Application class so the jar starts from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            BackendLabApp.start(args);
            return;
        }
        System.exit(run(args));
    }

    /** Runs a headless command and returns its exit code (2 for a usage error). */
    public static int run(String[] args) {
        Map<String, Command> commands = commands();
        Command command = commands.get(args[0]);
        if (command == null) {
            System.err.println("backend-lab: unknown argument '" + args[0] + "'. Usage: backend-lab ["
                    + String.join(" | ", commands.keySet()) + "] ...");
            return 2;
        }
        String[] rest = args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        return command.run(rest, System.out, System.err);
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("--screenshot", new ScreenshotCommand());
        commands.put("simulate", new SimulateCommand());
        commands.put("compare", new CompareCommand());
        commands.put("bench", new BenchCommand());
        commands.put("bench-ui", new BenchUiCommand());
        return commands;
    }
}
