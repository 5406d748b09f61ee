package io.violet.teaming.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.teaming.Lens;

import org.springframework.stereotype.Component;

/**
 * Who answers a lens: the rules that pick a role's primary owner or a reachable backup,
 * which lenses a user's roles let them answer, and in which role.
 */
@Component
class ParticipantChoice {

	private final Directory directory;

	private final UserFacts userFacts;

	ParticipantChoice(Directory directory, UserFacts userFacts) {
		this.directory = directory;
		this.userFacts = userFacts;
	}

	/**
	 * The participants of a lens: the primary owner of the first of its roles that has
	 * one, or a backup of that role when the primary is deactivated; for employment uses
	 * the ethics lens also asks HR's primary.
	 */
	List<Participant> choose(long sessionId, Lens lens, boolean employment, Map<Role, RoleHolders> cache) {
		List<Participant> chosen = new ArrayList<>();
		List<Role> roles = lens.roles(employment);
		for (Role role : roles) {
			RoleHolders holders = cache.computeIfAbsent(role, this.directory::holders);
			Optional<Participant> one = pick(sessionId, lens, role, holders);
			if (one.isPresent()) {
				chosen.add(one.get());
				if (!(lens == Lens.ETHICS && employment)) {
					break;
				}
			}
		}
		return chosen;
	}

	private Optional<Participant> pick(long sessionId, Lens lens, Role role, RoleHolders holders) {
		Optional<String> primary = holders.primary();
		if (primary.isEmpty()) {
			return Optional.empty();
		}
		if (reachable(primary.get())) {
			return Optional.of(new Participant(sessionId, lens, primary.get(), role, Participant.How.PRIMARY));
		}
		return holders.backups()
			.stream()
			.filter(this::reachable)
			.findFirst()
			.map((backup) -> new Participant(sessionId, lens, backup, role, Participant.How.BACKUP));
	}

	boolean reachable(String userId) {
		return !this.userFacts.cached(userId).map(UserFact::deactivated).orElse(false);
	}

	List<Lens> lensesHeldBy(String user, boolean employment) {
		Set<Role> held = this.directory.rolesOf(user);
		List<Lens> lensesHeld = new ArrayList<>();
		for (Lens lens : Lens.values()) {
			if (lens.roles(employment).stream().anyMatch(held::contains)) {
				lensesHeld.add(lens);
			}
		}
		return lensesHeld;
	}

	Role roleIn(String user, Lens lens, boolean employment) {
		Set<Role> held = this.directory.rolesOf(user);
		return lens.roles(employment).stream().filter(held::contains).findFirst().orElse(lens.roles(employment).get(0));
	}

	static String lensRoles(boolean employment) {
		StringBuilder text = new StringBuilder();
		for (Lens lens : Lens.values()) {
			text.append(text.isEmpty() ? "" : "; ")
				.append(lens.title())
				.append(": ")
				.append(lens.roles(employment).stream().map(Role::key).collect(Collectors.joining(", ")));
		}
		return text.toString();
	}

}
