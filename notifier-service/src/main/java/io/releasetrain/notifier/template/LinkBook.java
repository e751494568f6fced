package io.releasetrain.notifier.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The links the events do not carry themselves: environments' web addresses and PPC pages, from configuration. */
public final class LinkBook {

    private final Map<String, String> environments;
    private final Optional<String> ppcPattern;

    /**
     * @param environments each environment's web address
     * @param ppcPattern   a PPC page's address with {@code {cloudId}} in it; empty for none
     */
    public LinkBook(Map<String, String> environments, Optional<String> ppcPattern) {
        this.environments = Map.copyOf(environments);
        this.ppcPattern = ppcPattern.filter(pattern -> !pattern.isBlank());
    }

    /** The environment's link, when its address is configured. */
    public Optional<Link> environment(String environment) {
        return Optional.ofNullable(environment).map(environments::get).filter(url -> !url.isBlank())
                .map(url -> new Link(environment, url));
    }

    /** The PPC's link, when PPC pages are configured. */
    public Optional<Link> ppc(String cloudId) {
        return ppcPattern.map(pattern -> new Link("PPC " + cloudId, pattern.replace("{cloudId}", cloudId)));
    }

    /** A list of links to fill, leaving out the ones an event does not have. */
    public static Links links() {
        return new Links();
    }

    /** Links gathered for one message; absent ones are skipped. */
    public static final class Links {

        private final List<Link> links = new ArrayList<>();

        private Links() {
        }

        /** Adds the link when {@code url} is present. */
        public Links add(String label, String url) {
            if (url != null && !url.isBlank()) {
                links.add(new Link(label, url));
            }
            return this;
        }

        /** Adds the link when there is one. */
        public Links add(Optional<Link> link) {
            link.ifPresent(links::add);
            return this;
        }

        /** The links added. */
        public List<Link> list() {
            return List.copyOf(links);
        }
    }
}
