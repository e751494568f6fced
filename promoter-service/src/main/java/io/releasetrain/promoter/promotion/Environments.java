package io.releasetrain.promoter.promotion;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured environments in train order, and which one follows which. */
@ApplicationScoped
public class Environments {

    /** One environment, named. */
    public record Env(String name, PromotionConfig.Environment config) {

        public String branch() {
            return config.branch();
        }

        public List<String> checks() {
            return config.checks().orElse(List.of());
        }

        public List<String> verificationChecks() {
            return config.verificationChecks().orElse(List.of());
        }
    }

    private final List<Env> ordered;

    Environments(PromotionConfig config) {
        this.ordered = config.environments().entrySet().stream()
                .map(e -> new Env(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(env -> env.config().order()))
                .toList();
    }

    /** Every environment, first (master) to last (production). */
    public List<Env> all() {
        return ordered;
    }

    public Optional<Env> named(String name) {
        return ordered.stream().filter(env -> env.name().equals(name)).findFirst();
    }

    /** The environment a promotion into {@code target} comes from: the one just before it. */
    public Optional<Env> before(String target) {
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).name().equals(target)) {
                return Optional.of(ordered.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** By branch. */
    public Optional<Env> onBranch(String branch) {
        return ordered.stream().filter(env -> env.branch().equals(branch)).findFirst();
    }

    /** The environments by name, for views. */
    public Map<String, Env> byName() {
        return ordered.stream().collect(java.util.stream.Collectors.toMap(Env::name, env -> env));
    }
}
