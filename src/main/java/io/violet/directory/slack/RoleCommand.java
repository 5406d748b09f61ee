package io.violet.directory.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.violet.directory.Directory;
import io.violet.directory.RoleSyncs;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFactsSource;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.CommandResponder;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;

import org.springframework.stereotype.Component;

/**
 * {@code /violet role …}: read and change the role directory.
 */
@Component
class RoleCommand implements SlashCommandHandler {

	static final List<String> USAGE = List.of("/violet role list", "/violet role who <role>",
			"/violet role assign <role> @user… [--backup]", "/violet role remove <role> @user",
			"/violet role sync <role> @usergroup", "/violet role unsync <role>");

	private static final ArgSpec NO_FLAGS = ArgSpec.none();

	private static final ArgSpec ASSIGN = ArgSpec.none().withSwitches("--backup");

	private final Directory directory;

	private final UserFactsSource slackUsers;

	private final CommandResponder responder;

	private final RoleSyncs syncs;

	RoleCommand(Directory directory, UserFactsSource slackUsers, CommandResponder responder, RoleSyncs syncs) {
		this.directory = directory;
		this.slackUsers = slackUsers;
		this.responder = responder;
		this.syncs = syncs;
	}

	@Override
	public String subcommand() {
		return "role";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		return switch (invocation.word(0)) {
			case "list", "who", "" -> true;
			default -> false;
		};
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		// who holds which role is the organisation's directory
		return switch (invocation.word(0)) {
			case "list", "who" -> true;
			default -> false;
		};
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		List<Token> rest = invocation.argsAfter(1);
		return switch (action) {
			case "list" -> list(rest);
			case "who" -> who(rest);
			case "assign" -> assign(invocation, rest);
			case "remove" -> remove(invocation, rest);
			case "sync" -> sync(invocation, rest);
			case "unsync" -> unsync(invocation, rest);
			default -> Reply.unknownAction("role", "roles", action, USAGE);
		};
	}

	private Reply list(List<Token> rest) {
		if (!rest.isEmpty()) {
			return Reply.usage("`role list` takes nothing more.", List.of(USAGE.get(0)));
		}
		Map<Role, RoleHolders> all = this.directory.all();
		StringBuilder text = new StringBuilder("*Violet roles*\n");
		all.values().forEach((holders) -> text.append(describe(holders)).append('\n'));
		return Reply.ephemeral(text.toString().strip());
	}

	private Reply who(List<Token> rest) {
		var args = NO_FLAGS.parse(rest);
		if (args.failed() || args.size() != 1) {
			return Reply.usage(args.failed() ? args.error() : "Name one role.", List.of(USAGE.get(1)));
		}
		Optional<Role> role = Role.fromKey(args.text(0));
		if (role.isEmpty()) {
			return unknownRole(args.text(0), USAGE.get(1));
		}
		return Reply.ephemeral(describe(this.directory.holders(role.get())));
	}

	private Reply assign(CommandInvocation invocation, List<Token> rest) {
		var args = ASSIGN.parse(rest);
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(USAGE.get(2)));
		}
		if (args.size() < 2) {
			return Reply.usage("Name a role and at least one person (type @ and pick them).", List.of(USAGE.get(2)));
		}
		Optional<Role> role = Role.fromKey(args.text(0));
		if (role.isEmpty()) {
			return unknownRole(args.text(0), USAGE.get(2));
		}
		List<String> users = new ArrayList<>();
		for (Token token : args.positionals().subList(1, args.size())) {
			if (!token.isUser()) {
				return notAMention(token, USAGE.get(2));
			}
			users.add(token.text());
		}
		if (!this.directory.isAdmin(invocation.userId())) {
			return Reply.notAllowed("change the role directory", "Violet admins");
		}
		boolean backup = args.has("--backup");
		List<String> added = this.directory.assign(role.get(), users, backup, invocation.userId());
		String as = backup ? "backups" : "owners";
		StringBuilder text = new StringBuilder();
		if (!added.isEmpty()) {
			text.append(":white_check_mark: Added ")
				.append(mentions(added))
				.append(" as ")
				.append(as)
				.append(" of *")
				.append(role.get().title())
				.append("*.");
		}
		List<String> already = users.stream().filter((u) -> !added.contains(u)).distinct().toList();
		if (!already.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n")
				.append(mentions(already))
				.append(already.size() == 1 ? " already is one of the " : " already are ")
				.append(as)
				.append(" of *")
				.append(role.get().title())
				.append("*.");
		}
		text.append('\n').append(describe(this.directory.holders(role.get())));
		return Reply.ephemeral(text.toString());
	}

	private Reply remove(CommandInvocation invocation, List<Token> rest) {
		var args = NO_FLAGS.parse(rest);
		if (args.failed() || args.size() != 2) {
			return Reply.usage(args.failed() ? args.error() : "Name a role and one person.", List.of(USAGE.get(3)));
		}
		Optional<Role> role = Role.fromKey(args.text(0));
		if (role.isEmpty()) {
			return unknownRole(args.text(0), USAGE.get(3));
		}
		Token user = args.positionals().get(1);
		if (!user.isUser()) {
			return notAMention(user, USAGE.get(3));
		}
		if (!this.directory.isAdmin(invocation.userId())) {
			return Reply.notAllowed("change the role directory", "Violet admins");
		}
		if (!this.directory.remove(role.get(), user.text(), invocation.userId())) {
			return Reply
				.ephemeral(Mrkdwn.user(user.text()) + " does not hold *" + role.get().title() + "*; nothing changed.");
		}
		return Reply.ephemeral(":white_check_mark: Removed " + Mrkdwn.user(user.text()) + " from *" + role.get().title()
				+ "*.\n" + describe(this.directory.holders(role.get())));
	}

	private Reply sync(CommandInvocation invocation, List<Token> rest) {
		var args = NO_FLAGS.parse(rest);
		if (args.failed() || args.size() != 2) {
			return Reply.usage(args.failed() ? args.error() : "Name a role and one user group.", List.of(USAGE.get(4)));
		}
		Optional<Role> role = Role.fromKey(args.text(0));
		if (role.isEmpty()) {
			return unknownRole(args.text(0), USAGE.get(4));
		}
		Token group = args.positionals().get(1);
		if (!group.isUserGroup()) {
			return Reply.usage("`" + Mrkdwn.escape(Mrkdwn.truncate(group.text(), 40))
					+ "` is not a user group: type @ and pick the group.", List.of(USAGE.get(4)));
		}
		if (!this.directory.isAdmin(invocation.userId())) {
			return Reply.notAllowed("change the role directory", "Violet admins");
		}
		return this.responder.later(invocation, ":hourglass_flowing_sand: Reading the members of the user group…",
				() -> syncNow(role.get(), group.text(), invocation.userId()));
	}

	private Reply syncNow(Role role, String groupId, String by) {
		var members = this.slackUsers.groupMembers(groupId);
		if (members.isEmpty()) {
			return Reply.ephemeral(":warning: Slack does not know the user group <!subteam^" + groupId
					+ ">, or Violet cannot read it; nothing changed.");
		}
		if (members.get().isEmpty()) {
			return Reply.ephemeral(":warning: The user group <!subteam^" + groupId + "> has no members; the owners of *"
					+ role.title() + "* stay as they are.");
		}
		var result = this.syncs.sync(role, groupId, members.get(), by);
		return Reply.ephemeral(":white_check_mark: *" + role.title() + "* now has the " + result.after().size()
				+ " members of <!subteam^" + groupId + "> as owners"
				+ (result.added().isEmpty() ? "" : "; added " + mentions(result.added()))
				+ (result.removed().isEmpty() ? "" : "; removed " + mentions(result.removed())) + ".\n"
				+ describe(this.directory.holders(role)) + "\n:arrows_counterclockwise: From now on its owners follow "
				+ "the group's members (every change is in `/violet audit`); `/violet role unsync " + role.key()
				+ "` stops that.");
	}

	private Reply unsync(CommandInvocation invocation, List<Token> rest) {
		var args = NO_FLAGS.parse(rest);
		if (args.failed() || args.size() != 1) {
			return Reply.usage(args.failed() ? args.error() : "Name one role.", List.of(USAGE.get(5)));
		}
		Optional<Role> role = Role.fromKey(args.text(0));
		if (role.isEmpty()) {
			return unknownRole(args.text(0), USAGE.get(5));
		}
		if (!this.directory.isAdmin(invocation.userId())) {
			return Reply.notAllowed("change the role directory", "Violet admins");
		}
		return this.syncs.unsync(role.get(), invocation.userId())
			.map((group) -> Reply
				.ephemeral(":white_check_mark: *" + role.get().title() + "* no longer follows <!subteam^" + group
						+ ">; its owners stay as they are.\n" + describe(this.directory.holders(role.get()))))
			.orElseGet(() -> Reply.ephemeral("*" + role.get().title() + "* follows no user group; nothing changed."));
	}

	static String describe(RoleHolders holders) {
		String owners = holders.owners().isEmpty() ? "_no owner_"
				: holders.owners()
					.stream()
					.map((u) -> Mrkdwn.user(u) + (u.equals(holders.owners().get(0)) ? " (primary)" : ""))
					.collect(Collectors.joining(", "));
		String backups = holders.backups().isEmpty() ? "" : " · backups " + mentions(holders.backups());
		return "*" + holders.role().title() + "* (`" + holders.role().key() + "`): " + owners + backups;
	}

	private static String mentions(List<String> users) {
		return users.stream().map(Mrkdwn::user).collect(Collectors.joining(", "));
	}

	private static Reply unknownRole(String given, String usage) {
		return Reply.usage(
				"Unknown role `" + Mrkdwn.escape(Mrkdwn.truncate(given, 40)) + "`. Roles: " + Role.allKeys() + ".",
				List.of(usage));
	}

	private static Reply notAMention(Token token, String usage) {
		return Reply.usage("`" + Mrkdwn.escape(Mrkdwn.truncate(token.text(), 40))
				+ "` is not a person: type @ and pick them from the list.", List.of(usage));
	}

}
