package io.violet.training.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import io.violet.directory.Role;
import io.violet.slack.Mrkdwn;
import io.violet.training.Session;
import io.violet.training.Topic;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.timePicker;

/**
 * The module's modals: schedule a training, add or edit a topic, mark attendance.
 */
@Component
class TrainingModals {

	static final String SCHEDULE = "training_schedule";

	static final String TOPIC = "training_topic";

	static final String ATTENDANCE = "training_attendance";

	View schedule(List<Topic> topics) {
		List<OptionObject> topicOptions = topics.stream()
			.limit(100)
			.map((t) -> option(plainText(Mrkdwn.truncate(t.title(), 75)), t.key()))
			.toList();
		List<OptionObject> cadences = List.of("weekly", "monthly", "quarterly", "semi-annual", "yearly")
			.stream()
			.map((c) -> option(plainText(c), c))
			.toList();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(input((i) -> i.blockId("topic")
			.label(plainText("Topic"))
			.element(staticSelect((s) -> s.actionId("value").options(topicOptions)))));
		blocks.add(input(
				(i) -> i.blockId("date").label(plainText("Date")).element(datePicker((d) -> d.actionId("value")))));
		blocks.add(input(
				(i) -> i.blockId("time").label(plainText("Time")).element(timePicker((t) -> t.actionId("value")))));
		blocks.add(input((i) -> i.blockId("tz")
			.optional(true)
			.label(plainText("Time zone (default: yours)"))
			.element(
					plainTextInput((p) -> p.actionId("value").maxLength(64).placeholder(plainText("Europe/Berlin"))))));
		blocks.add(input((i) -> i.blockId("every")
			.optional(true)
			.label(plainText("Repeat"))
			.element(staticSelect((s) -> s.actionId("value").options(cadences)))));
		blocks.add(input((i) -> i.blockId("roles")
			.optional(true)
			.label(plainText("Roles (default: the topic's audience)"))
			.element(multiStaticSelect((s) -> s.actionId("value").options(roleOptions())))));
		blocks.add(input((i) -> i.blockId("invite")
			.optional(true)
			.label(plainText("Also invite"))
			.element(multiUsersSelect((s) -> s.actionId("value")))));
		return View.builder()
			.type("modal")
			.callbackId(SCHEDULE)
			.title(title("Schedule a training"))
			.submit(submit("Schedule"))
			.close(close("Cancel"))
			.blocks(blocks)
			.build();
	}

	View topic(@Nullable Topic topic) {
		List<LayoutBlock> blocks = new ArrayList<>();
		if (topic == null) {
			blocks.add(input((i) -> i.blockId("key")
				.label(plainText("Key"))
				.element(plainTextInput(
						(p) -> p.actionId("value").maxLength(40).placeholder(plainText("prompt-safety"))))));
		}
		blocks.add(input((i) -> i.blockId("title")
			.label(plainText("Title"))
			.element(plainTextInput(
					(p) -> p.actionId("value").maxLength(150).initialValue(topic != null ? topic.title() : null)))));
		blocks.add(input((i) -> i.blockId("description")
			.optional(true)
			.label(plainText("Description"))
			.element(plainTextInput((p) -> p.actionId("value")
				.multiline(true)
				.maxLength(1000)
				.initialValue(topic != null ? topic.description() : null)))));
		List<OptionObject> audience = new ArrayList<>();
		audience.add(option(plainText("All staff"), Topic.ALL_STAFF));
		audience.addAll(roleOptions());
		List<OptionObject> initial = (topic == null) ? null
				: audience.stream()
					.filter((o) -> topic.allStaff() ? o.getValue().equals(Topic.ALL_STAFF)
							: topic.roles().stream().anyMatch((r) -> r.key().equals(o.getValue())))
					.toList();
		blocks.add(input((i) -> i.blockId("audience")
			.label(plainText("Audience"))
			.element(multiStaticSelect((s) -> s.actionId("value").options(audience).initialOptions(initial)))));
		blocks.add(input((i) -> i.blockId("cadence")
			.label(plainText("Cadence (weekly … yearly, 30d, 6w)"))
			.element(plainTextInput((p) -> p.actionId("value")
				.maxLength(20)
				.initialValue(topic != null ? topic.cadence().key() : "yearly")))));
		blocks.add(input((i) -> i.blockId("source")
			.optional(true)
			.label(plainText("Basis (law, framework, policy)"))
			.element(plainTextInput(
					(p) -> p.actionId("value").maxLength(300).initialValue(topic != null ? topic.source() : null)))));
		return View.builder()
			.type("modal")
			.callbackId(TOPIC)
			.privateMetadata(topic != null ? topic.key() : "")
			.title(title(topic != null ? "Edit topic" : "Add topic"))
			.submit(submit("Save"))
			.close(close("Cancel"))
			.blocks(blocks)
			.build();
	}

	View attendance(Session session, List<String> going) {
		List<LayoutBlock> blocks = List.of(input((i) -> i.blockId("attended")
			.label(plainText("Who attended " + Mrkdwn.truncate(session.key(), 10)))
			.element(multiUsersSelect((s) -> s.actionId("value").initialUsers(going.isEmpty() ? null : going)))));
		return View.builder()
			.type("modal")
			.callbackId(ATTENDANCE)
			.privateMetadata(Long.toString(session.id()))
			.title(title("Mark attendance"))
			.submit(submit("Record"))
			.close(close("Cancel"))
			.blocks(blocks)
			.build();
	}

	private static ViewTitle title(String text) {
		return ViewTitle.builder().type("plain_text").text(text).build();
	}

	private static ViewSubmit submit(String text) {
		return ViewSubmit.builder().type("plain_text").text(text).build();
	}

	private static ViewClose close(String text) {
		return ViewClose.builder().type("plain_text").text(text).build();
	}

	private static List<OptionObject> roleOptions() {
		List<OptionObject> options = new ArrayList<>();
		for (Role role : Role.values()) {
			options.add(option(plainText(role.title()), role.key()));
		}
		return options;
	}

}
