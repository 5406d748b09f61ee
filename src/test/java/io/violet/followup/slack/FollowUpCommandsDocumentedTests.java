package io.violet.followup.slack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the guides show every follow-up and evidence command in the form
 * {@code /violet help} gives, so a command added to the handlers without its
 * documentation fails here.
 */
class FollowUpCommandsDocumentedTests {

	@Test
	void theReadmeAndTheGuidesListEveryFollowUpAndEvidenceCommand() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String followUps = Files.readString(Path.of("docs/follow-ups.md"));
		String evidence = Files.readString(Path.of("docs/evidence.md"));
		for (String form : forms(FollowUpCommand.USAGE, "/violet follow-up ")) {
			assertThat(readme).as("README").contains(form);
			assertThat(followUps).as("docs/follow-ups.md").contains(form);
		}
		String inWarRoom = "/violet incident follow-up \"<text>\" @owner [--due yyyy-MM-dd]";
		assertThat(readme).contains(inWarRoom);
		assertThat(followUps).contains(inWarRoom);
		for (String form : forms(EvidenceCommand.USAGE, "")) {
			assertThat(readme).as("README").contains(form);
			assertThat(evidence).as("docs/evidence.md").contains(form);
		}
		String auditExport = "/violet audit export [--since yyyy-MM-dd]";
		assertThat(readme).contains(auditExport);
		assertThat(evidence).contains(auditExport);
		assertThat(readme).contains("(docs/follow-ups.md)", "(docs/evidence.md)", "(docs/follow-ups.md#trackers)");
		assertThat(followUps).contains("## Trackers", "### Jira Cloud set-up", "### GitHub set-up",
				"/api/trackers/jira", "/api/trackers/github");
	}

	/**
	 * Each usage line without the note of who may use it, and without the leading
	 * {@code /violet <subcommand> } when lines of one subcommand are joined with
	 * {@code |} in the docs.
	 */
	private static List<String> forms(List<String> usage, String joinedAfter) {
		List<String> forms = new ArrayList<>();
		for (String line : usage) {
			String form = line.replaceAll("\\s+\\([^)]*\\)$", "").strip();
			forms.add((!joinedAfter.isEmpty() && form.startsWith(joinedAfter)) ? form.substring(joinedAfter.length())
					: form);
		}
		return forms;
	}

}
