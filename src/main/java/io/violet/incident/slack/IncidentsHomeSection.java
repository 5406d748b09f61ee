package io.violet.incident.slack;

import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.slack.HomeSection;
import io.violet.slack.Mrkdwn;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * "Open incidents" on the App Home; private incidents only for their room and admins.
 */
@Component
class IncidentsHomeSection implements HomeSection {

	private final IncidentQueries queries;

	IncidentsHomeSection(IncidentQueries queries) {
		this.queries = queries;
	}

	/** The Home's "Report an AI incident" button: the same modal as the shortcut. */
	static final String REPORT = "home_report_incident";

	@Override
	public boolean forFullMembersOnly() {
		return true;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public List<HomeAction> actions(String userId) {
		return List.of(new HomeAction(REPORT, "Report an AI incident", "home", true));
	}

	@Override
	public Part part(String userId) {
		List<Incident> open = this.queries.openVisibleTo(userId);
		return new Part(blocks(open), open.isEmpty() ? Relevance.INFORMATION : Relevance.UNDER_WAY,
				"`/violet incident list`");
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		return blocks(this.queries.openVisibleTo(userId));
	}

	private static List<LayoutBlock> blocks(List<Incident> open) {
		String text = open.isEmpty() ? "*Open incidents*\nNone. Report one with `/violet incident` or the shortcut."
				: "*Open incidents*\n"
						+ open.stream().limit(15).map(IncidentsHomeSection::line).collect(Collectors.joining("\n"));
		return List.of(section((s) -> s.text(markdownText(Mrkdwn.truncate(text, 3000)))));
	}

	static String line(Incident incident) {
		return "• *" + incident.label() + "* " + (incident.privateRoom() ? ":lock: " : "")
				+ Mrkdwn.escapeAndTruncate(incident.title(), 120) + " — " + incident.type().key() + ", "
				+ incident.severity().key() + ", " + incident.status().key()
				+ incident.channelId().map((c) -> " · " + Mrkdwn.channel(c)).orElse("")
				+ incident.commander().map((c) -> " · commander " + Mrkdwn.user(c)).orElse("");
	}

}
