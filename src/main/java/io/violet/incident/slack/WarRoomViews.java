package io.violet.incident.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentFollowUps;
import io.violet.incident.IncidentQueries;
import io.violet.incident.IncidentRole;
import io.violet.incident.Playbook;
import io.violet.incident.PostMortemAction;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.TimelineEntry;
import io.violet.incident.internal.IncidentMember;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

/**
 * What a war room shows: channel name, topic, the pinned summary with its checklist, the
 * regulatory clocks, the announcement and the post-mortem.
 */
final class WarRoomViews {

	static final String ITEM_BLOCK = "incident_item_";

	private static final Pattern MENTION = Pattern.compile("&lt;@([A-Z0-9]{2,32})&gt;");

	private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneId.of("UTC"));

	private WarRoomViews() {
	}

	/**
	 * The tag a war room's purpose carries, for people and searches. It proves nothing:
	 * anyone can write it into a channel's purpose, so setup never trusts it.
	 * @param incident the incident
	 * @return e.g. {@code violet-incident-42}
	 */
	static String marker(Incident incident) {
		return "violet-incident-" + incident.id();
	}

	static String topic(Incident incident) {
		String commander = incident.commander().map(Mrkdwn::user).orElse("no commander yet");
		return Mrkdwn
			.truncate((incident.drill() ? "DRILL · " : "") + incident.label() + " · " + incident.severity().key()
					+ " · " + incident.status().key() + (incident.closedAt().isPresent() ? " (closed)" : "") + " · "
					+ incident.type().key() + " · commander " + commander, 250);
	}

	static String purpose(Incident incident) {
		String tail = " (" + marker(incident) + ")";
		return Mrkdwn.escapeAndTruncate((incident.drill() ? "DRILL: " : "AI incident: ") + incident.title(),
				250 - tail.length()) + tail;
	}

	static String summaryText(Incident incident) {
		return (incident.drill() ? "[DRILL] " : "") + "AI incident " + incident.label() + ": "
				+ Mrkdwn.escapeAndTruncate(incident.title(), 200);
	}

	static List<LayoutBlock> summary(IncidentQueries.Room room, IncidentQueries queries) {
		Incident incident = room.incident();
		List<LayoutBlock> blocks = new ArrayList<>();
		Playbook playbook = queries.playbook(incident.type());
		blocks.add(header((h) -> h.text(plainText(Mrkdwn.truncate((incident.drill() ? "DRILL · " : "") + "AI incident "
				+ incident.label() + " · " + incident.type().title(), 150)))));
		StringBuilder facts = new StringBuilder("*").append(Mrkdwn.escapeAndTruncate(incident.title(), 600))
			.append("*\n");
		facts.append("Severity *")
			.append(incident.severity().key())
			.append("* · status *")
			.append(incident.status().key())
			.append(incident.closedAt().isPresent() ? " (closed)" : "")
			.append("*")
			.append(incident.privateRoom() ? " · :lock: private" : "")
			.append(incident.personalData() ? " · personal data involved" : "")
			.append('\n');
		for (IncidentRole role : IncidentRole.values()) {
			facts.append(capitalise(role.key()))
				.append(": ")
				.append(incident.holder(role).map(Mrkdwn::user).orElse("_none_"))
				.append("  ");
		}
		facts.append('\n')
			.append("Reported by ")
			.append(Mrkdwn.user(incident.reporter()))
			.append(' ')
			.append(Mrkdwn.date(incident.declaredAt()));
		initiative(incident).ifPresent((text) -> facts.append(" · initiative ").append(text));
		incident.evidenceLink().ifPresent((link) -> facts.append("\nEvidence: ").append(Mrkdwn.link(link, "message")));
		incident.description()
			.ifPresent((d) -> facts.append("\n>").append(Mrkdwn.escapeAndTruncate(d, 1200).replace("\n", "\n>")));
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(facts.toString(), 3000)))));
		incident.evidenceQuote()
			.ifPresent((q) -> blocks.add(section((s) -> s.text(markdownText(Mrkdwn
				.truncate("Quoted evidence:\n>" + Mrkdwn.escapeAndTruncate(q, 2500).replace("\n", "\n>"), 3000))))));
		String refs = references(playbook);
		if (!refs.isEmpty()) {
			blocks.add(context((c) -> c.elements(List.of(markdownText(Mrkdwn.truncate(refs, 2000))))));
		}
		List<IncidentMember> failed = room.members()
			.stream()
			.filter((m) -> m.invite() == IncidentMember.Invite.FAILED)
			.toList();
		if (!failed.isEmpty()) {
			String list = failed.stream()
				.map((m) -> Mrkdwn.user(m.userId()) + " (" + m.reason() + ": " + m.problem() + ")")
				.collect(Collectors.joining(", "));
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
					":warning: Could not invite " + list + ". Bring them in another way if they are needed.", 3000)))));
		}
		blocks.add(divider());
		String phase = "";
		for (ChecklistItem item : room.checklist()) {
			StringBuilder text = new StringBuilder();
			if (!item.phase().equals(phase)) {
				phase = item.phase();
				text.append("*").append(Mrkdwn.escape(phase)).append("*\n");
			}
			text.append(item.done() ? "~" + Mrkdwn.escape(item.text()) + "~" : Mrkdwn.escape(item.text()));
			if (!item.refs().isBlank()) {
				text.append("  `").append(Mrkdwn.escape(item.refs())).append('`');
			}
			if (item.done()) {
				text.append("\n:white_check_mark: ")
					.append(Mrkdwn.user(item.doneBy().orElseThrow()))
					.append(' ')
					.append(Mrkdwn.date(item.doneAt().orElseThrow()))
					.append(" (+")
					.append(elapsed(Duration.between(incident.declaredAt(), item.doneAt().orElseThrow())))
					.append(')');
			}
			OptionObject done = option(plainText("Done"), Long.toString(item.id()));
			blocks.add(section((s) -> s.blockId(ITEM_BLOCK + item.id())
				.text(markdownText(Mrkdwn.truncate(text.toString(), 3000)))
				.accessory(checkboxes((c) -> {
					c.actionId(IncidentInteractions.CHECK).options(List.of(done));
					if (item.done()) {
						c.initialOptions(List.of(done));
					}
					return c;
				}))));
		}
		return blocks.subList(0, Math.min(blocks.size(), 50));
	}

	static List<LayoutBlock> clocks(IncidentQueries.Room room, IncidentQueries queries) {
		Incident incident = room.incident();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText((incident.drill() ? "DRILL · " : "") + "Regulatory clocks"))));
		blocks.add(section((s) -> s.text(markdownText("Became aware at " + Mrkdwn.date(incident.awareAt())
				+ ". Legal decides on notification; reminders go to legal until a clock is marked done or not applicable."))
			.accessory(button((b) -> b.actionId(IncidentInteractions.CLOCK_AWARE)
				.text(plainText("Change aware time"))
				.value(Long.toString(incident.id()))))));
		for (RegulatoryClock clock : room.clocks()) {
			Instant deadline = queries.deadline(incident, clock);
			String state = switch (clock.state()) {
				case RUNNING -> ":hourglass_flowing_sand: due " + Mrkdwn.date(deadline, "{date_short_pretty} {time}");
				case DONE -> ":white_check_mark: notified by " + Mrkdwn.user(clock.decidedBy().orElse("")) + " "
						+ Mrkdwn.date(clock.decidedAt().orElseThrow());
				case NOT_APPLICABLE ->
					":heavy_minus_sign: not applicable, per " + Mrkdwn.user(clock.decidedBy().orElse(""));
			};
			blocks.add(section((s) -> s
				.text(markdownText("*" + queries.rule(clock).title() + "* (" + term(clock, queries) + ")\n" + state))));
			List<com.slack.api.model.block.element.BlockElement> elements = new ArrayList<>();
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
	 * @param clock the clock
	 * @param queries where its rule comes from
	 * @return the text
	 */
	static String clockReminder(Incident incident, RegulatoryClock clock, IncidentQueries queries) {
		return (incident.drill() ? "[DRILL] " : "") + ":alarm_clock: *" + queries.rule(clock).title() + "* ("
				+ term(clock, queries) + ") for " + incident.label() + " is due "
				+ Mrkdwn.date(queries.deadline(incident, clock), "{date_short_pretty} {time}")
				+ ". Mark it *Notified* or *Not applicable* on the clocks message"
				+ incident.channelId().map((c) -> " in " + Mrkdwn.channel(c)).orElse("") + ".";
	}

	static String announcement(Incident incident) {
		if (incident.privateRoom()) {
			return ":lock: A private AI incident (" + incident.label()
					+ ") was declared. Its room is restricted to the people involved.";
		}
		return ":rotating_light: *AI incident " + incident.label() + "*: "
				+ Mrkdwn.escapeAndTruncate(incident.title(), 300) + "\nType *" + incident.type().key()
				+ "* · severity *" + incident.severity().key() + "* · commander "
				+ incident.commander().map(Mrkdwn::user).orElse("_none_")
				+ initiative(incident).map((i) -> " · initiative " + i).orElse("") + "\nWar room: "
				+ incident.channelId().map(Mrkdwn::channel).orElse("being set up");
	}

	static String timelineLine(TimelineEntry entry) {
		return Mrkdwn.date(entry.occurredAt()) + " " + Mrkdwn.user(entry.actor()) + ": "
				+ MENTION.matcher(Mrkdwn.escape(entry.text())).replaceAll("<@$1>");
	}

	/**
	 * The post-mortem as Markdown, for the uploaded file (plain UTC times, since a file
	 * cannot show each reader's zone).
	 * @param incident the incident
	 * @param queries where the rest comes from
	 * @return the document
	 */
	static String postmortemMarkdown(Incident incident, IncidentQueries queries) {
		StringBuilder md = new StringBuilder();
		md.append("# Post-mortem: ")
			.append(incident.drill() ? "DRILL " : "")
			.append("AI incident ")
			.append(incident.label())
			.append(" — ")
			.append(incident.title())
			.append("\n\n");
		md.append("- Type: ").append(incident.type().key()).append('\n');
		md.append("- Severity: ").append(incident.severity().key()).append('\n');
		md.append("- Declared: ").append(UTC_TIME.format(incident.declaredAt())).append('\n');
		md.append("- Time to contain: ")
			.append(incident.containedAt()
				.map((t) -> elapsed(Duration.between(incident.declaredAt(), t)))
				.orElse("not contained"))
			.append('\n');
		md.append("- Time to resolve: ")
			.append(incident.resolvedAt()
				.map((t) -> elapsed(Duration.between(incident.declaredAt(), t)))
				.orElse("not resolved"))
			.append('\n');
		for (IncidentRole role : IncidentRole.values()) {
			md.append("- ")
				.append(capitalise(role.key()))
				.append(": ")
				.append(incident.holder(role).orElse("none"))
				.append('\n');
		}
		md.append("\n## Summary\n\n").append(incident.postmortemSummary().orElse("")).append("\n\n");
		md.append("## Root cause\n\n").append(incident.postmortemRootCause().orElse("")).append("\n\n");
		md.append("## Follow-up actions\n\n");
		List<PostMortemAction> actions = queries.postmortemActions(incident.id());
		if (actions.isEmpty()) {
			md.append(incident.postmortemFollowups().orElse("")).append("\n\n");
		}
		else {
			for (PostMortemAction action : actions) {
				md.append("- ")
					.append(action.text())
					.append(" — owner ")
					.append(action.ownerId().orElse("to be named"))
					.append(action.followUpKey().map((key) -> " (tracked as " + key + ")").orElse(""))
					.append('\n');
			}
			md.append('\n');
		}
		md.append("## Regulatory clocks\n\n");
		List<RegulatoryClock> clocks = queries.clocks(incident.id());
		if (clocks.isEmpty()) {
			md.append("None applied.\n");
		}
		for (RegulatoryClock clock : clocks) {
			md.append("- ")
				.append(queries.rule(clock).title())
				.append(" (")
				.append(term(clock, queries))
				.append("): ")
				.append(clockOutcome(incident, clock, queries))
				.append('\n');
		}
		md.append("\n## Checklist\n\n");
		for (ChecklistItem item : queries.checklist(incident.id())) {
			md.append("- [")
				.append(item.done() ? "x" : " ")
				.append("] ")
				.append(item.phase())
				.append(": ")
				.append(item.text());
			if (!item.refs().isBlank()) {
				md.append(" (").append(item.refs()).append(')');
			}
			if (item.done()) {
				md.append(" — ")
					.append(item.doneBy().orElse(""))
					.append(", ")
					.append(UTC_TIME.format(item.doneAt().orElseThrow()))
					.append(" (+")
					.append(elapsed(Duration.between(incident.declaredAt(), item.doneAt().orElseThrow())))
					.append(')');
			}
			md.append('\n');
		}
		md.append("\n## References\n\n");
		Playbook playbook = queries.playbook(incident.type());
		playbook.atlas()
			.forEach((r) -> md.append("- MITRE ATLAS ").append(r.id()).append(' ').append(r.name()).append('\n'));
		playbook.owasp().forEach((r) -> md.append("- OWASP ").append(r.id()).append(' ').append(r.name()).append('\n'));
		md.append("\n## Timeline\n\n");
		for (TimelineEntry entry : queries.timeline(incident.id())) {
			md.append("- ")
				.append(UTC_TIME.format(entry.occurredAt()))
				.append(" ")
				.append(entry.actor())
				.append(": ")
				.append(entry.text())
				.append('\n');
		}
		return md.toString();
	}

	static List<LayoutBlock> postmortem(Incident incident, IncidentQueries queries) {
		return postmortem(incident, queries, null);
	}

	/**
	 * The post-mortem draft.
	 * @param incident the incident
	 * @param queries where the rest comes from
	 * @param followUps the incident's tracked follow-ups counted, or null when nothing
	 * tracks follow-ups (then the actions carry no confirm button)
	 * @return the blocks
	 */
	static List<LayoutBlock> postmortem(Incident incident, IncidentQueries queries,
			IncidentFollowUps.@Nullable Counts followUps) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText(Mrkdwn
			.truncate((incident.drill() ? "DRILL · " : "") + "Post-mortem draft · " + incident.label(), 150)))));
		String times = "Time to contain: *"
				+ incident.containedAt().map((t) -> elapsed(Duration.between(incident.declaredAt(), t))).orElse("—")
				+ "* · time to resolve: *"
				+ incident.resolvedAt().map((t) -> elapsed(Duration.between(incident.declaredAt(), t))).orElse("—")
				+ "*";
		blocks.add(section((s) -> s.text(markdownText(times))));
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
				"*Summary*\n" + Mrkdwn.escapeAndTruncate(incident.postmortemSummary().orElse(""), 2800), 3000)))));
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
				"*Root cause*\n" + Mrkdwn.escapeAndTruncate(incident.postmortemRootCause().orElse(""), 2800), 3000)))));
		List<PostMortemAction> actions = queries.postmortemActions(incident.id());
		if (actions.isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate("*Follow-up actions*\n"
					+ MENTION.matcher(Mrkdwn.escapeAndTruncate(incident.postmortemFollowups().orElse(""), 2800))
						.replaceAll("<@$1>"),
					3000)))));
		}
		else {
			blocks.add(section((s) -> s.text(markdownText("*Follow-up actions*" + ((followUps != null)
					? " — tracked: " + followUps.open() + " open · " + followUps.closed() + " closed" : "")))));
			for (PostMortemAction action : actions.subList(0, Math.min(actions.size(), 20))) {
				blocks.add(actionBlock(action, followUps != null));
			}
		}
		List<RegulatoryClock> clocks = queries.clocks(incident.id());
		if (!clocks.isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText("*Regulatory clocks*\n" + clocks.stream()
				.map((c) -> "• " + queries.rule(c).title() + " (" + term(c, queries) + "): "
						+ clockOutcome(incident, c, queries))
				.collect(Collectors.joining("\n"))))));
		}
		long done = queries.checklist(incident.id()).stream().filter(ChecklistItem::done).count();
		blocks.add(context((c) -> c.elements(List.of(markdownText("Checklist: " + done + " of "
				+ queries.checklist(incident.id()).size() + " steps done. The full post-mortem with the timeline, "
				+ "checklist and references is attached as Markdown.")))));
		return blocks;
	}

	private static LayoutBlock actionBlock(PostMortemAction action, boolean tracking) {
		String text = "• " + Mrkdwn.escapeAndTruncate(action.text(), 600) + " — owner "
				+ action.ownerId().map(Mrkdwn::user).orElse("_to be named_")
				+ action.followUpKey().map((key) -> "\n:white_check_mark: tracked as *" + key + "*").orElse("");
		if (!tracking || action.followUpKey().isPresent() || action.ownerId().isEmpty()) {
			return section((s) -> s.text(markdownText(text)));
		}
		return section((s) -> s.blockId("incident_pm_action_" + action.id())
			.text(markdownText(text))
			.accessory(button((b) -> b.actionId(IncidentInteractions.TRACK_ACTION)
				.text(plainText("Track as follow-up"))
				.value(Long.toString(action.id())))));
	}

	/**
	 * A clock's deadline in the regulation's own terms, wherever the clock is shown: GDPR
	 * Art. 33 counts 72 hours, never "3 days" nor "3 d 0 h".
	 */
	static String term(RegulatoryClock clock, IncidentQueries queries) {
		return queries.rule(clock).term() + " from awareness";
	}

	static String clockOutcome(Incident incident, RegulatoryClock clock, IncidentQueries queries) {
		Instant deadline = queries.deadline(incident, clock);
		return switch (clock.state()) {
			case DONE -> clock.decidedAt().orElseThrow().isAfter(deadline) ? "missed (notified late)" : "met";
			case NOT_APPLICABLE -> "not applicable";
			case RUNNING -> incident.resolvedAt().orElse(Instant.MAX).isAfter(deadline) ? "missed" : "still running";
		};
	}

	static String references(Playbook playbook) {
		List<String> parts = new ArrayList<>();
		if (!playbook.atlas().isEmpty()) {
			parts.add("MITRE ATLAS: " + playbook.atlas()
				.stream()
				.map((r) -> "`" + r.id() + "` " + Mrkdwn.escape(r.name()))
				.collect(Collectors.joining(", ")));
		}
		if (!playbook.owasp().isEmpty()) {
			parts.add("OWASP: " + playbook.owasp()
				.stream()
				.map((r) -> "`" + r.id() + "` " + Mrkdwn.escape(r.name()))
				.collect(Collectors.joining(", ")));
		}
		return String.join(" · ", parts);
	}

	static java.util.Optional<String> initiative(Incident incident) {
		return incident.initiativeKey()
			.map((k) -> "`" + Mrkdwn.escape(k) + "`")
			.or(() -> incident.initiativeText().map((t) -> Mrkdwn.escapeAndTruncate(t, 100)));
	}

	static String elapsed(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return (minutes / 60) + " h " + (minutes % 60) + " min";
		}
		return (minutes / (24 * 60)) + " d " + ((minutes / 60) % 24) + " h";
	}

	private static String capitalise(String key) {
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

}
