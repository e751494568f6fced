package io.releasetrain.promoter.ingress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every 2xx answer of the webhook endpoints.
 *
 * @param status     {@code accepted}, {@code duplicate}, {@code ignored} or {@code pong}
 * @param deliveryId the delivery's id (GitHub's {@code X-GitHub-Delivery}, or the one derived for Travis CI)
 * @param events     the CloudEvents types the delivery was turned into, when accepted
 * @param reason     why nothing was done, when ignored
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Receipt(String status, String deliveryId, List<String> events, String reason) {

    public static Receipt accepted(String deliveryId, List<String> events) {
        return new Receipt("accepted", deliveryId, events, null);
    }

    public static Receipt duplicate(String deliveryId) {
        return new Receipt("duplicate", deliveryId, List.of(), null);
    }

    public static Receipt ignored(String deliveryId, String reason) {
        return new Receipt("ignored", deliveryId, List.of(), reason);
    }

    public static Receipt pong(String deliveryId) {
        return new Receipt("pong", deliveryId, List.of(), null);
    }
}
