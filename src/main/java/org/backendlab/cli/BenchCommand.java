package org.backendlab.cli;

import java.io.PrintStream;

/** {@code backend-lab bench}: engine speed figures as {@code name: value} lines. */
public final class BenchCommand implements Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("backend-lab bench: not built yet");
        return 2;
    }
}
