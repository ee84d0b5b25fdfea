package dev.temporalboot.e2e.metrics;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A workflow that records metrics of its own, for the metrics tests. */
@SpringBootApplication
public class MetricsApplication {}
