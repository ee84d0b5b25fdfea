package dev.temporalboot.e2e.typed;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Workflows started through {@code TemporalWorkflows} with options from typed-workflows.yml. */
@SpringBootApplication
public class TypedApplication {}
