package dev.temporalboot.e2e.app;

/** A plain bean injected into the workflow constructor. */
public record GreetingSettings(String greeting) {}
