package io.violet.slack;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Routes {@code /violet <subcommand> …} to the handler that modules registered for the
 * first word, and answers help, unknown and malformed commands itself.
 */
@Component
class CommandRouter {

	private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

	private final Map<String, SlashCommandHandler> handlers;

	private final InboundDeliveries deliveries;

	private final ObjectProvider<Guests> guests;

	CommandRouter(List<SlashCommandHandler> handlers, InboundDeliveries deliveries, ObjectProvider<Guests> guests) {
		this.deliveries = deliveries;
		this.guests = guests;
		this.handlers = handlers.stream()
			.collect(Collectors.toMap((h) -> h.subcommand().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> {
				throw new IllegalStateException("Two handlers for /violet " + a.subcommand());
			}, TreeMap::new));
	}

	/**
	 * Answers a command, or nothing for a repeated delivery of one that changes state.
	 */
	Reply route(SlashCommandPayload payload) {
		String rawText = (payload.getText() != null) ? payload.getText() : "";
		Tokenizer.Result tokens = Tokenizer.tokenize(rawText);
		if (tokens.error() != null) {
			return Reply.usage(tokens.error(), List.of("/violet help"));
		}
		List<Token> words = tokens.tokens();
		if (words.isEmpty() || words.get(0).text().equalsIgnoreCase("help")) {
			return help();
		}
		String subcommand = words.get(0).text().toLowerCase(Locale.ROOT);
		SlashCommandHandler handler = this.handlers.get(subcommand);
		if (handler == null) {
			return Reply.usage("Unknown command `" + Mrkdwn.escape(Mrkdwn.truncate(words.get(0).text(), 40))
					+ "`. These are the commands:", allUsage());
		}
		var invocation = new CommandInvocation(nullToEmpty(payload.getUserId()), nullToEmpty(payload.getChannelId()),
				nullToEmpty(payload.getTriggerId()), nullToEmpty(payload.getResponseUrl()), subcommand,
				words.subList(1, words.size()), Tokenizer.unescapeInline(rawText));
		if (handler.forFullMembersOnly(invocation) && isGuest(invocation.userId())) {
			return Reply.ephemeral(Guests.FULL_MEMBERS_ONLY);
		}
		String key = "command:" + invocation.triggerId();
		boolean claimed = !handler.readsOnly(invocation) && !invocation.triggerId().isEmpty();
		if (claimed && !this.deliveries.claim(key)) {
			log.info("Dropped a repeated delivery {}", key);
			return Reply.none();
		}
		try {
			return handler.handle(invocation);
		}
		catch (RuntimeException ex) {
			if (claimed) {
				this.deliveries.release(key);
			}
			log.error("/violet {} failed", subcommand, ex);
			return Reply.ephemeral(":x: Something went wrong on Violet's side and nothing was changed. "
					+ "Try again in a minute; if it keeps failing, tell your Violet admins.");
		}
	}

	private Reply help() {
		StringBuilder text = new StringBuilder("*Violet* keeps your violet team coordinated. Commands:\n");
		allUsage().forEach((line) -> text.append('`').append(line).append("`\n"));
		return Reply.ephemeral(text.toString().strip());
	}

	private List<String> allUsage() {
		return this.handlers.values()
			.stream()
			.sorted(Comparator.comparing(SlashCommandHandler::subcommand))
			.flatMap((h) -> h.usage().stream())
			.collect(Collectors.collectingAndThen(Collectors.toList(), (list) -> {
				list.add(0, "/violet help");
				return list;
			}));
	}

	private boolean isGuest(String userId) {
		Guests known = this.guests.getIfAvailable();
		return known != null && known.isGuest(userId);
	}

	private static String nullToEmpty(String s) {
		return (s != null) ? s : "";
	}

}
