package org.backendlab.cli;

import java.io.PrintStream;

/** A headless command of the {@code backend-lab} entry point. */
public interface Command {

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(String[] args, PrintStream out, PrintStream err);
}
