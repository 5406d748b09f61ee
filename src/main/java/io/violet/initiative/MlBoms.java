package io.violet.initiative;

import java.util.List;
import java.util.Optional;

/**
 * An initiative's ML-BOM as a CycloneDX 1.6 document, for other modules (the evidence
 * pack). The initiative module builds and schema-checks it exactly as
 * {@code /violet bom export} does, without uploading or auditing anything.
 */
public interface MlBoms {

	/**
	 * The initiative's ML-BOM.
	 * @param initiativeKey e.g. {@code AI-7}, any case
	 * @return the document, empty for an unknown initiative
	 */
	Optional<Document> cycloneDx(String initiativeKey);

	/**
	 * A CycloneDX document and its schema check.
	 *
	 * @param json the CycloneDX 1.6 JSON
	 * @param components how many components and services it lists
	 * @param violations the schema violations, empty when it is valid
	 */
	record Document(String json, int components, List<String> violations) {

	}

}
