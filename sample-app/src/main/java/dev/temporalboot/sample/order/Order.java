package dev.temporalboot.sample.order;

/**
 * An order to fulfil.
 *
 * @param orderId the client's id for the order; placing the same id twice is refused
 * @param customerId who ordered
 * @param sku what
 * @param quantity how many
 * @param address where to ship it
 */
public record Order(String orderId, String customerId, String sku, int quantity, String address) {}
