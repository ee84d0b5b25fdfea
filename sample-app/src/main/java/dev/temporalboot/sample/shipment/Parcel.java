package dev.temporalboot.sample.shipment;

/**
 * What to ship, and where.
 *
 * @param orderId the order it belongs to
 * @param sku what
 * @param quantity how many
 * @param address where to
 */
public record Parcel(String orderId, String sku, int quantity, String address) {}
