package io.violet.training.slack;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.directory.Role;
import io.violet.VioletSettings;
import io.violet.directory.UserFacts;
import io.violet.slack.ArgSpec;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Token;
import io.violet.training.Cadence;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads the parts every schedule command shares: {@code <yyyy-MM-dd HH:mm>},
 * {@code --tz}, {@code --every}, {@code --roles} and {@code --invite}.
 */
@Component
class ScheduleArgs {

	static final ArgSpec SPEC = ArgSpec.none().withOptions("--tz", "--every").withMultiOptions("--roles", "--invite");

	private final UserFacts userFacts;

	private final ZoneId defaultZone;

	ScheduleArgs(UserFacts userFacts, VioletSettings settings) {
		this.userFacts = userFacts;
		this.defaultZone = settings.timezone();
	}

	/**
	 * Reads the time and flags after the leading positional words.
	 * @param parsed the parsed arguments
	 * @param from the index of the date among the positionals
	 * @param userId who schedules (their Slack zone is the default)
	 * @return the values or the problem
	 */
	Result read(ArgSpec.Parsed parsed, int from, String userId) {
		if (parsed.size() < from + 2) {
			return Result.problem("Give the date and time as `" + TimeInput.FORM + "`, e.g. `2026-03-02 14:30`.");
		}
		if (parsed.size() > from + 2) {
			return Result.problem("Unexpected `" + Mrkdwn.escapeAndTruncate(String.valueOf(parsed.text(from + 2)), 40)
					+ "` after the time. Put the title in quotes.");
		}
		Optional<LocalDateTime> local = TimeInput.parse(String.valueOf(parsed.text(from)),
				String.valueOf(parsed.text(from + 1)));
		if (local.isEmpty()) {
			return Result.problem("`" + Mrkdwn.escapeAndTruncate(parsed.text(from) + " " + parsed.text(from + 1), 40)
					+ "` is not a real date and time. Use `" + TimeInput.FORM
					+ "` (24-hour clock), e.g. `2026-03-02 14:30`.");
		}
		ZoneId zone;
		boolean zoneAssumed = false;
		Token tz = parsed.value("--tz");
		if (tz != null) {
			Optional<ZoneId> z = TimeInput.zone(tz.text());
			if (z.isEmpty()) {
				return Result.problem("Unknown time zone `" + Mrkdwn.escapeAndTruncate(tz.text(), 40)
						+ "`. Use an IANA zone id such as `Europe/Berlin`, `America/New_York` or `UTC`.");
			}
			zone = z.get();
		}
		else {
			// someone Violet has not seen yet gets the organisation's zone, and the reply
			// says so; Slack is asked for theirs after the answer
			Optional<ZoneId> known = this.userFacts.knownZone(userId);
			zoneAssumed = known.isEmpty();
			zone = known.orElse(this.defaultZone);
		}
		Cadence every = null;
		Token everyToken = parsed.value("--every");
		if (everyToken != null) {
			Optional<Cadence> c = Cadence.parse(everyToken.text());
			if (c.isEmpty()) {
				return Result.problem("Unknown cadence `" + Mrkdwn.escapeAndTruncate(everyToken.text(), 20) + "`. Use "
						+ Cadence.FORMS + ".");
			}
			every = c.get();
		}
		List<Role> roles = new ArrayList<>();
		for (Token token : parsed.valuesOf("--roles")) {
			for (String word : token.text().split(",")) {
				if (word.isBlank()) {
					continue;
				}
				Optional<Role> role = Role.fromKey(word);
				if (role.isEmpty()) {
					return Result.problem("Unknown role `" + Mrkdwn.escapeAndTruncate(word.trim(), 40) + "`. Roles: "
							+ Role.allKeys() + ".");
				}
				if (!roles.contains(role.get())) {
					roles.add(role.get());
				}
			}
		}
		if (parsed.has("--roles") && roles.isEmpty()) {
			return Result.problem("`--roles` needs role keys separated by commas, e.g. `--roles legal,hr`.");
		}
		Set<String> invitees = new LinkedHashSet<>();
		for (Token token : parsed.valuesOf("--invite")) {
			if (!token.isUser()) {
				return Result.problem("`--invite` takes people: type @ and pick them (`"
						+ Mrkdwn.escapeAndTruncate(token.text(), 30) + "` is not a person).");
			}
			invitees.add(token.text());
		}
		return new Result(local.get(), zone, zoneAssumed, every, roles, parsed.has("--roles"), List.copyOf(invitees),
				null);
	}

	/**
	 * The shared parts, or what is wrong with them.
	 *
	 * @param local the local start
	 * @param zone the zone
	 * @param zoneAssumed whether the organisation's zone was taken for someone whose zone
	 * Violet does not know yet
	 * @param every the cadence, or null
	 * @param roles the roles named
	 * @param rolesGiven whether {@code --roles} was given
	 * @param invitees people named with {@code --invite}
	 * @param problem what is wrong
	 */
	record Result(@Nullable LocalDateTime local, @Nullable ZoneId zone, boolean zoneAssumed, @Nullable Cadence every,
			List<Role> roles, boolean rolesGiven, List<String> invitees, @Nullable String problem) {

		static Result problem(String problem) {
			return new Result(null, null, false, null, List.of(), false, List.of(), problem);
		}

	}

}
