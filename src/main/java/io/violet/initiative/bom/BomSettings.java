package io.violet.initiative.bom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ML-BOM settings.
 *
 * @param maxComponents the most components one initiative's ML-BOM may list
 * ({@code VIOLET_BOM_MAX_COMPONENTS})
 */
@ConfigurationProperties("violet.bom")
public record BomSettings(@DefaultValue("500") int maxComponents) {

}
