package org.backendlab.cli;

import java.io.PrintStream;

/** {@code backend-lab simulate DIAGRAM.json --seconds N [--seed S] [--rate R] [--json]}. */
public final class SimulateCommand implements Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("backend-lab simulate: not built yet");
        return 2;
    }
}
