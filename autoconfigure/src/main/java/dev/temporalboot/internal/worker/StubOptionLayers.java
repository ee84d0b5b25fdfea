package dev.temporalboot.internal.worker;

import dev.temporalboot.internal.activity.ActivityOptionsLayer;
import dev.temporalboot.internal.nexus.NexusOptionsLayer;
import java.util.Map;

/**
 * The YAML options of the stubs workflows get, by the key they are written under.
 *
 * @param activities {@code temporal.activities}: {@code default} or an activity interface's name
 * @param nexusServices {@code temporal.nexus.services}: {@code default} or a Nexus service's name
 */
public record StubOptionLayers(
    Map<String, ActivityOptionsLayer> activities, Map<String, NexusOptionsLayer> nexusServices) {}
