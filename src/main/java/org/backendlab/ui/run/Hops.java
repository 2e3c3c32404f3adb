package org.backendlab.ui.run;

import java.util.ArrayList;
import java.util.List;

/**
 * The wires a request crossed on its way out, so an answer can be drawn going back the same way: the
 * engine reports an answer as one step from the server to its caller, but on screen it must retrace the
 * firewall and load balancer it came through rather than cut across the canvas.
 */
public final class Hops {

    private final List<String> from = new ArrayList<>();
    private final List<String> to = new ArrayList<>();

    public void forward(String a, String b) {
        from.add(a);
        to.add(b);
    }

    /** Nodes from {@code server} back to {@code caller} along the way out (at least the two ends). */
    public List<String> back(String server, String caller) {
        List<String> way = new ArrayList<>();
        way.add(server);
        int i = to.lastIndexOf(server);
        String at = server;
        while (i >= 0 && to.get(i).equals(at)) {
            at = from.get(i);
            way.add(at);
            if (at.equals(caller)) {
                return way;
            }
            i = to.subList(0, i).lastIndexOf(at);
        }
        return List.of(server, caller);
    }
}
