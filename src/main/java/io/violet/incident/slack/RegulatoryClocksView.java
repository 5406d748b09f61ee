package io.violet.incident.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import io.violet.incident.Incident;
import io.violet.incident.RegulatoryClock;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

/**
 * The war room's regulatory clocks message, with a button per decision, and the reminder
 * a running clock sends.
 */
final class RegulatoryClocksView {

	private RegulatoryClocksView() {
	}

	static List<LayoutBlock> blocks(Incident incident, List<ClockDeadline> clocks) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText((incident.drill() ? "DRILL · " : "") + "Regulatory clocks"))));
		blocks.add(section((s) -> s.text(markdownText("Became aware at " + Mrkdwn.date(incident.awareAt())
				+ ". Legal decides on notification; reminders go to legal until a clock is marked done or not applicable."))
			.accessory(button((b) -> b.actionId(IncidentInteractions.CLOCK_AWARE)
				.text(plainText("Change aware time"))
				.value(Long.toString(incident.id()))))));
		for (ClockDeadline due : clocks) {
			RegulatoryClock clock = due.clock();
			Instant deadline = due.deadline();
			String state = switch (clock.state()) {
				case RUNNING -> ":hourglass_flowing_sand: due " + Mrkdwn.date(deadline, "{date_short_pretty} {time}");
				case DONE -> ":white_check_mark: notified by " + Mrkdwn.user(clock.decidedBy().orElse("")) + " "
						+ Mrkdwn.date(clock.decidedAt().orElseThrow());
				case NOT_APPLICABLE ->
					":heavy_minus_sign: not applicable, per " + Mrkdwn.user(clock.decidedBy().orElse(""));
			};
			blocks.add(section(
					(s) -> s.text(markdownText("*" + due.rule().title() + "* (" + due.term() + ")\n" + state))));
			List<BlockElement> elements = new ArrayList<>();
			String id = Long.toString(clock.id());
			elements.add(button((b) -> b.actionId(IncidentInteractions.CLOCK_DONE)
				.text(plainText("Notified"))
				.style("primary")
				.value(id)));
			elements.add(button(
					(b) -> b.actionId(IncidentInteractions.CLOCK_NA).text(plainText("Not applicable")).value(id)));
			if (RegulatoryClock.AI_ACT.equals(clock.kind())) {
				List<OptionObject> variants = List.of(option(plainText("Standard (15 days)"), id + ":standard"),
						option(plainText("Widespread / critical infra"), id + ":widespread"),
						option(plainText("A person died"), id + ":death"));
				OptionObject current = variants.stream()
					.filter((o) -> o.getValue().endsWith(":" + clock.variant()))
					.findFirst()
					.orElse(variants.get(0));
				elements.add(staticSelect((s) -> s.actionId(IncidentInteractions.CLOCK_VARIANT)
					.placeholder(plainText("Which deadline applies"))
					.options(variants)
					.initialOption(current)));
			}
			blocks.add(actions((a) -> a.blockId("incident_clock_" + clock.id()).elements(elements)));
		}
		return blocks;
	}

	/**
	 * A regulatory clock's reminder, for the room and legal's direct messages.
	 * @param incident the incident
	 * @param clock the clock with its rule and deadline
	 * @return the text
	 */
	static String reminder(Incident incident, ClockDeadline clock) {
		return (incident.drill() ? "[DRILL] " : "") + ":alarm_clock: *" + clock.rule().title() + "* (" + clock.term()
				+ ") for " + incident.label() + " is due " + Mrkdwn.date(clock.deadline(), "{date_short_pretty} {time}")
				+ ". Mark it *Notified* or *Not applicable* on the clocks message"
				+ incident.channelId().map((c) -> " in " + Mrkdwn.channel(c)).orElse("") + ".";
	}

}
