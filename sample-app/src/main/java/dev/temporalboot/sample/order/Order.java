package dev.temporalboot.sample.order;

/**
 * An order to fulfil.
 *
 * @param customerId who ordered
 * @param sku what
 * @param quantity how many
 */
public record Order(String customerId, String sku, int quantity) {}
