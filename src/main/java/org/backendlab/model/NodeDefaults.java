package org.backendlab.model;

import java.util.EnumMap;
import java.util.Map;

/** The starting settings of each kind of node, chosen so a fresh diagram behaves plausibly. */
final class NodeDefaults {

    private NodeDefaults() {
    }

    static ServerSettings server(NodeKind kind) {
        Map<RequestKind, Double> work = new EnumMap<>(RequestKind.class);
        return switch (kind) {
            case API_SERVER -> {
                work.put(RequestKind.API_READ, 20.0);
                work.put(RequestKind.API_WRITE, 30.0);
                work.put(RequestKind.FILE_UPLOAD, 20.0);
                work.put(RequestKind.FILE_DOWNLOAD, 5.0);
                yield new ServerSettings(InstanceSize.MEDIUM, 1, 16, 50, work,
                        ServiceDistribution.EXPONENTIAL, 5000, Autoscaling.off());
            }
            case DATABASE -> {
                work.put(RequestKind.API_READ, 10.0);
                work.put(RequestKind.API_WRITE, 25.0);
                work.put(RequestKind.DB_DIRECT, 10.0);
                work.put(RequestKind.FILE_UPLOAD, 250.0);
                yield new ServerSettings(InstanceSize.LARGE, 1, 20, 100, work,
                        ServiceDistribution.EXPONENTIAL, 5000, Autoscaling.off());
            }
            case CACHE -> {
                work.put(RequestKind.API_READ, 1.0);
                work.put(RequestKind.API_WRITE, 1.0);
                yield new ServerSettings(InstanceSize.SMALL, 1, 32, 100, work,
                        ServiceDistribution.EXPONENTIAL, 1000, Autoscaling.off());
            }
            case FILE_STORAGE -> {
                work.put(RequestKind.FILE_UPLOAD, 80.0);
                work.put(RequestKind.FILE_DOWNLOAD, 40.0);
                yield new ServerSettings(InstanceSize.MEDIUM, 1, 16, 100, work,
                        ServiceDistribution.EXPONENTIAL, 10000, Autoscaling.off());
            }
            default -> throw new IllegalArgumentException(kind + " has no capacity");
        };
    }

    static Traffic traffic(NodeKind kind) {
        Map<RequestKind, Double> mix = new EnumMap<>(RequestKind.class);
        if (kind == NodeKind.ADMIN) {
            mix.put(RequestKind.DB_DIRECT, 1.0);
            return new Traffic(1, TrafficPattern.STEADY, mix);
        }
        mix.put(RequestKind.API_READ, 0.7);
        mix.put(RequestKind.API_WRITE, 0.2);
        mix.put(RequestKind.FILE_UPLOAD, 0.03);
        mix.put(RequestKind.FILE_DOWNLOAD, 0.07);
        return new Traffic(50, TrafficPattern.STEADY, mix);
    }
}
