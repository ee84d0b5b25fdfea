package dev.temporalboot.e2e.namespaces;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Workers in the primary namespace and in the {@code billing} alias's namespace. */
@SpringBootApplication
public class NamespacesApplication {}
