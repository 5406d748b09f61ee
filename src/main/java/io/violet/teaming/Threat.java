package io.violet.teaming;

import java.util.List;

/**
 * An attack technique an initiative is exposed to, derived from its attributes and
 * ML-BOM.
 *
 * @param name the technique, e.g. {@code RAG poisoning}
 * @param atlas MITRE ATLAS technique ids, e.g. {@code AML.T0070}
 * @param owasp OWASP Top 10 ids (LLM and ML lists), e.g. {@code LLM04}
 * @param because the facts that expose it, e.g. {@code trait:vector-store}
 */
public record Threat(String name, List<String> atlas, List<String> owasp, List<String> because) {

	public Threat {
		atlas = List.copyOf(atlas);
		owasp = List.copyOf(owasp);
		because = List.copyOf(because);
	}

}
