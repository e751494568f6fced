package io.releasetrain.notifier;

import io.releasetrain.notifier.routing.Routing;
import io.releasetrain.notifier.template.LinkBook;
import io.releasetrain.notifier.template.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure pieces, built once from configuration: the templates and the routing table. */
@ApplicationScoped
public class NotifierBeans {

    @Produces
    @Singleton
    Templates templates(NotifierConfig config) {
        return new Templates(new LinkBook(config.links().environments(), config.links().ppc()),
                config.rolloutEnvironment());
    }

    @Produces
    @Singleton
    Routing routing(NotifierConfig config) {
        return new Routing(config.channels().releases(), config.channels().ops(), config.routes(), config.oncall());
    }
}
