package dev.temporalboot.e2e.nexus.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A caller on queue checkout and Nexus handlers on queue payments, in one application. */
@SpringBootApplication
public class NexusApplication {}
