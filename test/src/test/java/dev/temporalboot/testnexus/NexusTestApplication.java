package dev.temporalboot.testnexus;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A caller and a Nexus handler, apart from the other test applications' packages. */
@SpringBootApplication
public class NexusTestApplication {}
