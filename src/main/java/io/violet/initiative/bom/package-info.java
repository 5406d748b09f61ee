/**
 * The ML-BOM inventory of each initiative: its models, datasets, libraries and services,
 * where they are used, and their CycloneDX 1.6 export.
 */
@org.jspecify.annotations.NullMarked
package io.violet.initiative.bom;
