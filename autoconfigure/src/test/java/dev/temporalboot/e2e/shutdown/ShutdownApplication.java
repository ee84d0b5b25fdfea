package dev.temporalboot.e2e.shutdown;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Worker app for the lifecycle tests; it connects to a server the test starts. */
@SpringBootApplication
public class ShutdownApplication {}
