package org.backendlab.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import org.backendlab.model.LinkKind;
import org.backendlab.model.NodeKind;
import org.backendlab.model.RequestKind;
import org.backendlab.sim.CacheForce;

/** One action of a solution or wrong-attempt script ({@code {"do": "add", ...}}), as the learner could do it. */
public sealed interface ScriptAction {

    /** The action's name in files ({@code "add"}, {@code "wire"}, ...). */
    String name();

    record Add(NodeKind kind, String id, String label, Double x, Double y) implements ScriptAction {
        public String name() {
            return "add";
        }
    }

    record Remove(String node) implements ScriptAction {
        public String name() {
            return "remove";
        }
    }

    record Wire(String from, String to, LinkKind kind, Double latencyMs) implements ScriptAction {
        public String name() {
            return "wire";
        }
    }

    record Unwire(String from, String to, LinkKind kind) implements ScriptAction {
        public String name() {
            return "unwire";
        }
    }

    /** Sets a field of a node by its path in the diagram file ({@code server.instances}, {@code rules[1].enabled}). */
    record Set(String node, String field, JsonNode value) implements ScriptAction {
        public String name() {
            return "set";
        }
    }

    /** Sets the total traffic rate, requests per second. */
    record Rate(double value) implements ScriptAction {
        public String name() {
            return "rate";
        }
    }

    /** Takes a node down ({@code down} true, "down") or brings it back ("up"). */
    record Down(String node, boolean down) implements ScriptAction {
        public String name() {
            return down ? "down" : "up";
        }
    }

    /** Sends one request; {@code from} null means the first client. */
    record Send(RequestKind kind, String from, CacheForce force) implements ScriptAction {
        public String name() {
            return "send";
        }
    }

    /** Runs the simulation for some simulated seconds. */
    record Run(double seconds) implements ScriptAction {
        public String name() {
            return "run";
        }
    }

    /** Restarts the run: simulated time and every measure start again from zero, the diagram stays. */
    record Restart() implements ScriptAction {
        public String name() {
            return "restart";
        }
    }

    /** Answers the step's question with a choice, counted from 1. */
    record Answer(int choice) implements ScriptAction {
        public String name() {
            return "answer";
        }
    }
}
