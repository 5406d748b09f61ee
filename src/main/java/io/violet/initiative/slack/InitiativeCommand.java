package io.violet.initiative.slack;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.StageGate;
import io.violet.initiative.internal.InitiativeService;
import io.violet.initiative.internal.InitiativeService.Advance;
import io.violet.initiative.internal.NewInitiative;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.CommandResponder;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /violet initiative …}: create, list, show and advance AI initiatives.
 */
@Component
class InitiativeCommand implements SlashCommandHandler {

	static final String USAGE_NEW = "/violet initiative new \"<name>\" [--owner @user] [--risk minimal|limited|high|prohibited] "
			+ "[--personal-data] [--third-party-model] [--affects-people] [--employment] [--genai] [--customer-facing] [--eu]";

	static final List<String> USAGE = List.of("/violet initiative new   (opens a form)", USAGE_NEW,
			"/violet initiative list", "/violet initiative show <KEY>", "/violet initiative advance <KEY>");

	private static final ArgSpec NEW = ArgSpec.none()
		.withOptions("--owner", "--risk")
		.withSwitches(EnumSet.allOf(Attribute.class).stream().map(Attribute::flag).toArray(String[]::new));

	private static final int LIST_MAX = 40;

	private final InitiativeService service;

	private final SlackGateway gateway;

	private final CommandResponder responder;

	private final ObjectProvider<StageGate> gate;

	private final AdminNotice adminNotice;

	private final CardSections sections;

	InitiativeCommand(InitiativeService service, SlackGateway gateway, CommandResponder responder,
			ObjectProvider<StageGate> gate, AdminNotice adminNotice, CardSections sections) {
		this.sections = sections;
		this.service = service;
		this.gateway = gateway;
		this.responder = responder;
		this.gate = gate;
		this.adminNotice = adminNotice;
	}

	@Override
	public String subcommand() {
		return "initiative";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		return switch (invocation.word(0)) {
			case "list", "show" -> true;
			default -> false;
		};
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		List<Token> rest = invocation.argsAfter(1);
		return switch (action) {
			case "new" -> create(invocation, rest);
			case "list" ->
				rest.isEmpty() ? list() : Reply.usage("`initiative list` takes nothing more.", List.of(USAGE.get(2)));
			case "show" -> show(invocation, rest);
			case "advance" -> advance(invocation, rest);
			default -> Reply.unknownAction("initiative", "initiatives", action, USAGE);
		};
	}

	private Reply create(CommandInvocation invocation, List<Token> rest) {
		if (!this.service.channelConfigured()) {
			this.adminNotice.channelNotConfigured(invocation.userId());
			return Reply.ephemeral(":warning: Initiatives can't be created yet: Violet has no initiatives channel "
					+ "(`VIOLET_INITIATIVES_CHANNEL`). Your Violet admins have been told.");
		}
		if (rest.isEmpty()) {
			try {
				this.gateway.openView(invocation.triggerId(),
						InitiativeModal.build(invocation.userId(), invocation.channelId()));
				return Reply.none();
			}
			catch (SlackApiError ex) {
				return Reply.ephemeral(":warning: Slack did not open the form (`" + Mrkdwn.escape(ex.error())
						+ "`). Try again, or use the one-line form:\n`" + USAGE_NEW + "`");
			}
		}
		var args = NEW.parse(rest);
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(USAGE_NEW));
		}
		String name = args.positionals().stream().map(Token::text).collect(Collectors.joining(" ")).strip();
		String owner = invocation.userId();
		Token ownerToken = args.value("--owner");
		if (ownerToken != null) {
			if (!ownerToken.isUser()) {
				return Reply.usage("`--owner` needs a person: type @ and pick them.", List.of(USAGE_NEW));
			}
			owner = ownerToken.text();
		}
		RiskTier tier = RiskTier.MINIMAL;
		Token riskToken = args.value("--risk");
		if (riskToken != null) {
			Optional<RiskTier> parsed = RiskTier.fromKey(riskToken.text());
			if (parsed.isEmpty()) {
				return Reply.usage("Unknown risk tier `" + Mrkdwn.escape(Mrkdwn.truncate(riskToken.text(), 30))
						+ "`: use one of " + RiskTier.allKeys().replace("|", ", ") + ".", List.of(USAGE_NEW));
			}
			tier = parsed.get();
		}
		Set<Attribute> attributes = EnumSet.noneOf(Attribute.class);
		for (Attribute attribute : Attribute.values()) {
			if (args.has(attribute.flag())) {
				attributes.add(attribute);
			}
		}
		NewInitiative request = new NewInitiative(name, "", owner, tier, attributes);
		String problem = request.problem();
		if (problem != null) {
			return Reply.usage(problem, List.of(USAGE_NEW));
		}
		InitiativeDetails created = this.service.create(request, invocation.userId());
		return Reply.ephemeral(Confirmations.created(created, this.service));
	}

	private Reply list() {
		List<InitiativeDetails> active = this.service.active();
		if (active.isEmpty()) {
			return Reply.ephemeral("No initiatives yet. Start one with `/violet initiative new`.");
		}
		StringBuilder text = new StringBuilder("*AI initiatives* (").append(active.size()).append(" active)");
		List<StageGate> gates = this.gate.orderedStream().toList();
		for (InitiativeDetails initiative : active.subList(0, Math.min(LIST_MAX, active.size()))) {
			long open = CardView.openReviews(StageGate.reviews(gates, initiative.key()));
			text.append("\n• `")
				.append(initiative.key())
				.append("` *")
				.append(Mrkdwn.escapeAndTruncate(initiative.name(), 80))
				.append("* — ")
				.append(initiative.stage().title())
				.append(" · ")
				.append(open == 0 ? "no open reviews" : open + (open == 1 ? " open review" : " open reviews"));
		}
		if (active.size() > LIST_MAX) {
			text.append("\n…and ").append(active.size() - LIST_MAX).append(" more.");
		}
		return Reply.ephemeral(text.toString());
	}

	private Reply show(CommandInvocation invocation, List<Token> rest) {
		if (rest.size() != 1) {
			return Reply.usage("Name one initiative, e.g. `AI-7`.", List.of(USAGE.get(3)));
		}
		Optional<InitiativeDetails> found = this.service.find(rest.get(0).text());
		if (found.isEmpty()) {
			return unknown(rest.get(0).text(), USAGE.get(3));
		}
		InitiativeDetails initiative = found.get();
		List<LayoutBlock> blocks = new ArrayList<>(CardView.blocks(initiative,
				StageGate.reviews(this.gate.orderedStream().toList(), initiative.key()), this.sections.of(initiative)));
		return this.responder.later(invocation, "Looking up " + initiative.key() + "…", () -> {
			blocks.add(context((c) -> c.elements(List.of(markdownText(threadLink(initiative))))));
			return Reply.ephemeral(CardView.text(initiative), blocks);
		});
	}

	private String threadLink(InitiativeDetails initiative) {
		if (initiative.channelId() == null || initiative.threadTs() == null) {
			return ":hourglass_flowing_sand: The thread is being started.";
		}
		var permalink = this.gateway.call(SlackMethod.CHAT_GET_PERMALINK,
				(c) -> c.chatGetPermalink((r) -> r.channel(initiative.channelId()).messageTs(initiative.threadTs())));
		if (!permalink.isOk() || permalink.getPermalink() == null) {
			return "Thread in " + Mrkdwn.channel(initiative.channelId());
		}
		return Mrkdwn.link(permalink.getPermalink(), "Open the thread of " + initiative.key());
	}

	private Reply advance(CommandInvocation invocation, List<Token> rest) {
		if (rest.size() != 1) {
			return Reply.usage("Name one initiative, e.g. `AI-7`.", List.of(USAGE.get(4)));
		}
		String key = rest.get(0).text();
		Advance result = this.service.advance(key, invocation.userId());
		InitiativeDetails initiative = result.initiative();
		return switch (result.outcome()) {
			case UNKNOWN -> unknown(key, USAGE.get(4));
			case NOT_ALLOWED -> Reply.notAllowed("advance " + initiative.key(),
					"its owner (" + Mrkdwn.user(initiative.ownerId()) + ") and Violet admins");
			case FINAL -> Reply.ephemeral(initiative.key() + " is retired; it has no further stage.");
			case PROHIBITED -> Reply.ephemeral(":no_entry: " + initiative.key()
					+ " is a prohibited practice (EU AI Act Art. 5) and cannot leave _proposed_.");
			case GATED -> Reply.ephemeral(":no_entry: " + initiative.key() + " cannot enter *" + result.to().title()
					+ "* yet. Missing approvals and open blockers:\n"
					+ result.missing().stream().map((line) -> "• " + line).collect(Collectors.joining("\n")));
			case ADVANCED -> Reply.ephemeral(":white_check_mark: " + initiative.key() + " moved from _"
					+ result.from().title() + "_ to *" + result.to().title() + "*.");
		};
	}

	static Reply unknown(String key, String usage) {
		return Reply.usage("There is no initiative `" + Mrkdwn.escape(Mrkdwn.truncate(key, 30))
				+ "`. Keys look like `AI-7`; `/violet initiative list` shows them.", List.of(usage));
	}

}
