package org.backendlab.ui;

import java.io.PrintStream;
import org.backendlab.cli.Command;

/** {@code backend-lab --screenshot OUT.png [--diagram FILE] [--lang ko|en] [--size WxH]}. */
public final class ScreenshotCommand implements Command {

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("backend-lab --screenshot: not built yet");
        return 2;
    }
}
