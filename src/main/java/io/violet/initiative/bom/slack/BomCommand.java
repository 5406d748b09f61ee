package io.violet.initiative.bom.slack;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.violet.initiative.Initiatives;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.bom.ComponentDraft;
import io.violet.initiative.bom.Coordinates;
import io.violet.initiative.bom.BomExporter;
import io.violet.initiative.bom.Inventory;
import io.violet.slack.CommandLimits;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.CommandResponder;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code /violet bom add|list|remove|where|export}.
 */
@Component
class BomCommand implements SlashCommandHandler {

	static final Pattern KEY = Pattern.compile("(?i)AI-[0-9]{1,9}");

	private static final String ADD = "/violet bom add <KEY> <model|dataset|library|service> <name>@<version> "
			+ "[--supplier <s>] [--license <l>] [--hash sha256:<hex>] [--url <url>]";

	private static final String ADD_FACTS = "/violet bom add … models: [--approach <supervised|unsupervised|…>] "
			+ "[--task \"<task>\"] [--datasets \"<a, b>\"] [--limitations \"<text>\"] [--ethics \"<text>\"]; "
			+ "datasets: [--provenance \"<text>\"] [--personal-data]";

	private static final String ADD_FORM = "/violet bom add <KEY>   (opens the form)";

	private static final String LIST = "/violet bom list <KEY>";

	private static final String REMOVE = "/violet bom remove <KEY> <name>@<version>";

	private static final String WHERE = "/violet bom where <name>[@<version>]";

	private static final String EXPORT = "/violet bom export <KEY>";

	private static final ArgSpec ADD_SPEC = ArgSpec.none()
		.withSwitches("--personal-data")
		.withOptions("--supplier", "--license", "--hash", "--url", "--approach", "--task", "--datasets",
				"--limitations", "--ethics", "--provenance");

	private final Inventory inventory;

	private final BomExporter exporter;

	private final CommandLimits limits;

	private final Initiatives catalog;

	private final SlackGateway gateway;

	private final CommandResponder responder;

	BomCommand(Inventory inventory, BomExporter exporter, Initiatives catalog, SlackGateway gateway,
			CommandResponder responder, CommandLimits limits) {
		this.limits = limits;
		this.inventory = inventory;
		this.exporter = exporter;
		this.catalog = catalog;
		this.gateway = gateway;
		this.responder = responder;
	}

	@Override
	public String subcommand() {
		return "bom";
	}

	@Override
	public List<String> usage() {
		return List.of(ADD, ADD_FACTS, ADD_FORM, LIST, REMOVE, WHERE, EXPORT);
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		return switch (invocation.word(0)) {
			case "list", "where" -> true;
			default -> false;
		};
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		return switch (invocation.word(0)) {
			case "add" -> add(invocation);
			case "list" -> list(invocation);
			case "remove" -> remove(invocation);
			case "where" -> where(invocation);
			case "export" -> export(invocation);
			case "" -> Reply.usage("Which ML-BOM command?", usage());
			default -> Reply.usage("Unknown `bom` command `" + Mrkdwn.escapeAndTruncate(invocation.word(0), 40) + "`.",
					usage());
		};
	}

	private Reply add(CommandInvocation invocation) {
		List<String> usage = List.of(ADD, ADD_FACTS, ADD_FORM);
		ArgSpec.Parsed parsed = ADD_SPEC.parse(invocation.argsAfter(1));
		if (parsed.failed()) {
			return Reply.usage(parsed.error(), usage);
		}
		if (parsed.size() == 0) {
			return Reply.usage("Name the initiative, e.g. `AI-3`.", usage);
		}
		Lookup lookup = initiative(parsed.text(0), usage);
		if (lookup.refusal() != null) {
			return lookup.refusal();
		}
		InitiativeSummary initiative = lookup.initiative();
		if (!this.inventory.mayChange(initiative, invocation.userId())) {
			return Reply.notAllowed("change the ML-BOM of " + initiative.key(), Inventory.whoMayChange());
		}
		if (parsed.size() == 1 && parsed.present().isEmpty()) {
			this.gateway.openView(invocation.triggerId(), AddComponentModal.view(initiative));
			return Reply.none();
		}
		if (parsed.size() != 3) {
			return Reply.usage(
					"`bom add` takes the initiative, the type and `<name>@<version>`"
							+ ((parsed.size() > 3) ? "; quote free text such as `--task \"fraud detection\"`." : "."),
					usage);
		}
		var checked = ComponentDraft.read(new ComponentDraft.Input(parsed.text(1), parsed.text(2), null,
				value(parsed, "--supplier"), value(parsed, "--license"), value(parsed, "--hash"),
				value(parsed, "--url"), value(parsed, "--approach"), value(parsed, "--task"),
				value(parsed, "--datasets"), value(parsed, "--limitations"), value(parsed, "--ethics"),
				value(parsed, "--provenance"), parsed.has("--personal-data")));
		if (checked.draft() == null) {
			return Reply.usage(BomProblems.mrkdwn(checked.problems()), usage);
		}
		Inventory.Change change = this.inventory.add(initiative.key(), checked.draft(), invocation.userId());
		return switch (change.outcome()) {
			case DONE -> Reply.ephemeral(":white_check_mark: Added " + change.component().kind().key() + " "
					+ BomNotes.code(change.component().coordinates()) + " to the ML-BOM of " + initiative.key()
					+ "; noted in its thread.");
			case ALREADY_LISTED -> Reply.ephemeral(":information_source: " + initiative.key() + " already lists "
					+ BomNotes.code(change.component().coordinates()) + "; nothing changed. To change it, `"
					+ "/violet bom remove " + initiative.key() + " " + Mrkdwn.escape(change.component().coordinates())
					+ "` and add it again.");
			case FULL -> Reply.ephemeral(":warning: The ML-BOM of " + initiative.key()
					+ " is full; remove components it no longer uses first.");
			default -> refusal(change, initiative.key());
		};
	}

	private Reply list(CommandInvocation invocation) {
		List<String> usage = List.of(LIST);
		if (invocation.args().size() != 2) {
			return Reply.usage("`bom list` takes one initiative key.", usage);
		}
		Lookup lookup = initiative(invocation.args().get(1).text(), usage);
		if (lookup.refusal() != null) {
			return lookup.refusal();
		}
		return this.inventory.list(lookup.initiative().key())
			.map((listing) -> Reply.ephemeral(BomListView.text(listing), BomListView.blocks(listing)))
			.orElseGet(() -> unknown(lookup.initiative().key(), usage));
	}

	private Reply remove(CommandInvocation invocation) {
		List<String> usage = List.of(REMOVE);
		if (invocation.args().size() != 3) {
			return Reply.usage("`bom remove` takes the initiative and `<name>@<version>`.", usage);
		}
		Lookup lookup = initiative(invocation.args().get(1).text(), usage);
		if (lookup.refusal() != null) {
			return lookup.refusal();
		}
		Coordinates.Read read = Coordinates.parse(invocation.args().get(2).text());
		if (read.coordinates() == null) {
			return Reply.usage(BomProblems.mrkdwn(java.util.Objects.requireNonNull(read.problem())), usage);
		}
		Inventory.Change change = this.inventory.remove(lookup.initiative().key(), read.coordinates(),
				invocation.userId());
		return switch (change.outcome()) {
			case DONE -> Reply.ephemeral(":white_check_mark: Removed " + change.component().kind().key() + " "
					+ BomNotes.code(change.component().coordinates()) + " from the ML-BOM of "
					+ lookup.initiative().key() + "; noted in its thread.");
			case NOT_LISTED ->
				Reply.usage(lookup.initiative().key() + " does not list " + BomNotes.code(read.coordinates().toString())
						+ "; `/violet bom list " + lookup.initiative().key() + "` shows what it does.", usage);
			default -> refusal(change, lookup.initiative().key());
		};
	}

	private Reply where(CommandInvocation invocation) {
		List<String> usage = List.of(WHERE);
		if (invocation.args().size() != 2) {
			return Reply.usage("`bom where` takes one component name, with or without `@<version>`.", usage);
		}
		Coordinates.Read read = Coordinates.parseNameOrCoordinates(invocation.args().get(1).text());
		if (read.coordinates() == null) {
			return Reply.usage(BomProblems.mrkdwn(java.util.Objects.requireNonNull(read.problem())), usage);
		}
		List<Inventory.Usage> usages = this.inventory.where(read.coordinates());
		return Reply.ephemeral(BomWhereView.text(read.coordinates(), usages),
				BomWhereView.blocks(read.coordinates(), usages));
	}

	private Reply export(CommandInvocation invocation) {
		List<String> usage = List.of(EXPORT);
		if (invocation.args().size() != 2) {
			return Reply.usage("`bom export` takes one initiative key.", usage);
		}
		Lookup lookup = initiative(invocation.args().get(1).text(), usage);
		if (lookup.refusal() != null) {
			return lookup.refusal();
		}
		String key = lookup.initiative().key();
		Optional<CommandLimits.Refusal> refused = this.limits.use(invocation.userId(),
				CommandLimits.Limited.BOM_EXPORT);
		if (refused.isPresent()) {
			return Reply.ephemeral(refused.get().text());
		}
		return this.responder.later(invocation,
				":hourglass_flowing_sand: Building the CycloneDX 1.6 ML-BOM of " + key + "…", () -> {
					BomExporter.Outcome outcome = this.exporter.export(key, invocation.userId());
					if (outcome.export() != null) {
						return Reply.ephemeral(":white_check_mark: The ML-BOM of " + key + " ("
								+ outcome.export().componentCount()
								+ " components) passed the CycloneDX 1.6 schema check; it is being uploaded to the initiative's thread as `"
								+ outcome.export().fileName() + "`.");
					}
					if (outcome.initiative() == null) {
						return unknown(key, usage);
					}
					List<String> shown = outcome.violations().stream().limit(5).toList();
					return Reply.ephemeral(":x: The ML-BOM of " + key
							+ " did not pass the CycloneDX 1.6 schema check, so nothing was uploaded:\n• "
							+ Mrkdwn.escapeAndTruncate(String.join("\n• ", shown), 2500));
				});
	}

	private Lookup initiative(@Nullable String keyText, List<String> usage) {
		if (keyText == null || !KEY.matcher(keyText).matches()) {
			return new Lookup(null, Reply.usage("`" + Mrkdwn.escapeAndTruncate((keyText != null) ? keyText : "", 40)
					+ "` is not an initiative key such as `AI-3`.", usage));
		}
		Optional<InitiativeSummary> found = this.catalog.find(keyText);
		return found.map((initiative) -> new Lookup(initiative, null))
			.orElseGet(() -> new Lookup(null, unknown(keyText, usage)));
	}

	private static Reply unknown(String key, List<String> usage) {
		return Reply
			.usage("There is no initiative " + Mrkdwn.escapeAndTruncate(key.toUpperCase(java.util.Locale.ROOT), 20)
					+ "; `/violet initiative list` shows them.", usage);
	}

	private static Reply refusal(Inventory.Change change, String key) {
		return switch (change.outcome()) {
			case NOT_ALLOWED -> Reply.notAllowed("change the ML-BOM of " + key, Inventory.whoMayChange());
			case NO_INITIATIVE -> unknown(key, List.of());
			default -> Reply.ephemeral(":warning: Nothing changed.");
		};
	}

	private static @Nullable String value(ArgSpec.Parsed parsed, String option) {
		Token token = parsed.value(option);
		return (token != null) ? token.text() : null;
	}

	private record Lookup(@Nullable InitiativeSummary initiative, @Nullable Reply refusal) {

	}

}
