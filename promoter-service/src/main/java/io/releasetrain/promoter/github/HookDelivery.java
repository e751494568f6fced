package io.releasetrain.promoter.github;

import java.time.Instant;

/**
 * One attempt GitHub made to deliver a webhook event, as its deliveries API lists it.
 *
 * @param id          the attempt's id; redelivery is asked for by this id
 * @param guid        the event's delivery id, sent as {@code X-GitHub-Delivery}; the same for every attempt
 * @param deliveredAt when GitHub made the attempt
 * @param redelivery  whether the attempt was a redelivery
 * @param succeeded   whether our endpoint answered 2xx
 * @param event       the event type, e.g. {@code push}
 */
public record HookDelivery(long id, String guid, Instant deliveredAt, boolean redelivery, boolean succeeded, String event) {
}
