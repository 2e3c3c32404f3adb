package org.backendlab.ui;

import java.io.PrintStream;
import org.backendlab.cli.Command;

/** {@code backend-lab bench-ui}: frame-rate figures of the animated canvas under Monocle. */
public final class BenchUiCommand implements Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("backend-lab bench-ui: not built yet");
        return 2;
    }
}
