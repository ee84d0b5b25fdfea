package dev.temporalboot.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the test support is tried on. */
@SpringBootApplication
public class SubscriptionApplication {}
