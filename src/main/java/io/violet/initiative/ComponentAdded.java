package io.violet.initiative;

/**
 * A component was added to an initiative's ML-BOM.
 *
 * @param initiativeKey e.g. {@code AI-3}
 * @param kind {@code model}, {@code dataset}, {@code library} or {@code service}
 * @param name the component's name
 * @param version its version
 * @param outside whether it comes from outside the organisation (added with a supplier)
 * @param personalData whether it is a dataset that contains personal data
 * @param addedBy who added it (Slack user id)
 */
public record ComponentAdded(String initiativeKey, String kind, String name, String version, boolean outside,
		boolean personalData, String addedBy) {

	public boolean isModel() {
		return "model".equals(this.kind);
	}

	public String coordinates() {
		return this.name + "@" + this.version;
	}

}
