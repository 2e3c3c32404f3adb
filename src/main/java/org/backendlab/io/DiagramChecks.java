package org.backendlab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.backendlab.model.Autoscaling;
import org.backendlab.model.Node;
import org.backendlab.model.ServerSettings;

/**
 * Fills settings a file left out with the kind's defaults and checks that the numbers make sense,
 * naming the JSON path of the first bad value.
 */
final class DiagramChecks {

    static final int MAX_NODES = 500;
    static final double MAX_RATE = 1_000_000;

    private DiagramChecks() {
    }

    /** The node with missing settings filled from {@link Node#create}; settings that do not apply dropped. */
    static Node complete(Node read) {
        Node base = Node.create(read.id(), read.kind(), read.label(), read.x(), read.y());
        ServerSettings server = base.server() == null ? null : pick(read.server(), base.server());
        if (server != null && server.serviceMs().isEmpty()) {
            server = new ServerSettings(server.size(), server.instances(), server.threads(), server.queue(),
                    base.server().serviceMs(), server.distribution(), server.timeoutMs(), server.autoscaling());
        }
        return new Node(read.id(), read.kind(), read.label(), read.x(), read.y(), server,
                base.cache() == null ? null : pick(read.cache(), base.cache()),
                base.traffic() == null ? null : pick(read.traffic(), base.traffic()),
                base.rules() == null ? null : pick(read.rules(), base.rules()),
                base.policy() == null ? null : pick(read.policy(), base.policy()),
                base.monitoring() == null ? null : pick(read.monitoring(), base.monitoring()));
    }

    private static <T> T pick(T given, T fallback) {
        return given != null ? given : fallback;
    }

    /**
     * Gives autoscaling objects the fields later versions added (evaluation periods), so older files load
     * unchanged: a missing whole number would otherwise be refused as null.
     */
    static void fillAutoscalingDefaults(JsonNode tree) {
        for (JsonNode node : tree.path("nodes")) {
            if (node.path("server").path("autoscaling") instanceof ObjectNode a) {
                if (!a.has("evaluationPeriods")) {
                    a.put("evaluationPeriods", Autoscaling.DEFAULT_EVALUATION_PERIODS);
                }
                if (!a.has("scaleInPeriods")) {
                    a.put("scaleInPeriods", Autoscaling.DEFAULT_SCALE_IN_PERIODS);
                }
            }
        }
    }

    /** The first problem of a node as "path: what is wrong", or null when it is fine. */
    static String problemOf(Node node, String path) {
        if (node.id() == null || node.id().isBlank()) {
            return path + ".id: missing";
        }
        if (node.kind() == null) {
            return path + ".kind: missing";
        }
        if (node.label() == null || node.label().isBlank()) {
            return path + ".label: missing";
        }
        if (!Double.isFinite(node.x()) || !Double.isFinite(node.y())) {
            return path + ".x/y: not a finite number";
        }
        ServerSettings s = node.server();
        if (s != null) {
            if (s.size() == null) {
                return path + ".server.size: missing";
            }
            if (s.instances() < 1 || s.instances() > 100) {
                return path + ".server.instances: must be 1-100";
            }
            if (s.threads() < 1 || s.threads() > 10_000) {
                return path + ".server.threads: must be 1-10000";
            }
            if (s.queue() < 0 || s.queue() > 100_000) {
                return path + ".server.queue: must be 0-100000";
            }
            if (s.timeoutMs() < 0 || s.serviceMs().values().stream().anyMatch(v -> !(v >= 0))) {
                return path + ".server: times must not be negative";
            }
            var a = s.autoscaling();
            if (a.min() < 1 || a.max() < a.min() || a.max() > 100 || !(a.targetCpu() > 0 && a.targetCpu() <= 1)) {
                return path + ".server.autoscaling: needs 1 <= min <= max <= 100 and 0 < targetCpu <= 1";
            }
            if (a.evaluationPeriods() < 1 || a.evaluationPeriods() > 100 || a.scaleInPeriods() < 1
                    || a.scaleInPeriods() > 1000) {
                return path + ".server.autoscaling: evaluationPeriods must be 1-100 and scaleInPeriods 1-1000";
            }
        }
        if (node.cache() != null && (node.cache().capacity() < 0 || node.cache().keySpace() < 1
                || node.cache().ttlSeconds() < 0)) {
            return path + ".cache: capacity and ttl must not be negative, keySpace at least 1";
        }
        if (node.traffic() != null && !(node.traffic().rate() >= 0 && node.traffic().rate() <= MAX_RATE)) {
            return path + ".traffic.rate: must be 0-" + (long) MAX_RATE;
        }
        if (node.rules() != null) {
            List<?> rules = node.rules();
            for (int i = 0; i < rules.size(); i++) {
                if (node.rules().get(i).action() == null) {
                    return path + ".rules[" + i + "].action: missing";
                }
            }
        }
        return null;
    }
}
