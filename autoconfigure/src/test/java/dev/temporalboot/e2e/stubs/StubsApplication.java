package dev.temporalboot.e2e.stubs;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Workflows whose activity stubs and options come from Temporal Boot. */
@SpringBootApplication
public class StubsApplication {}
