package io.violet.initiative.bom;

/**
 * A validated ML-BOM export is waiting for its upload.
 *
 * @param exportId the export's id
 */
public record BomExportRequested(long exportId) {

}
