package io.violet.slack.jobs;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.Administrators;
import io.violet.slack.HomeSection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * Tells admins on their App Home how much Slack work is parked.
 */
@Component
class ParkedWorkHomeSection implements HomeSection {

	private final JobGauges gauges;

	private final ObjectProvider<Administrators> administrators;

	ParkedWorkHomeSection(JobGauges gauges, ObjectProvider<Administrators> administrators) {
		this.gauges = gauges;
		this.administrators = administrators;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		Administrators admins = this.administrators.getIfAvailable();
		// as far as Violet knows without asking Slack: a Home never waits on it
		if (admins == null || !admins.isKnownAdmin(userId)) {
			return List.of();
		}
		// the count the poller keeps (every few seconds): a Home is drawn without a query
		int parked = this.gauges.parked();
		if (parked == 0) {
			return List.of();
		}
		String text = ":warning: *" + parked + " parked Slack " + ((parked == 1) ? "entry" : "entries")
				+ "*: work Slack refused and Violet will not retry by itself. See `/violet ops failed`.";
		return List.of(section((s) -> s.text(markdownText(text))));
	}

}
