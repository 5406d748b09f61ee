package io.violet.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a deactivated user's roles, in the transaction that learned of the deactivation:
 * each ownership and backup ends with an audit entry, a role left without an owner falls
 * to its first active backup, and roles nobody can take over are announced to admins
 * ({@link RolesLeftWithoutOwner}).
 */
@Component
class DeactivatedUsers {

	static final String ENDED = "role.ended-deactivated";

	static final String PROMOTED = "role.backup-promoted";

	private final RoleMemberRepository members;

	private final UserFactRepository facts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeactivatedUsers(RoleMemberRepository members, UserFactRepository facts, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.members = members;
		this.facts = facts;
		this.audit = audit;
		this.events = events;
	}

	@EventListener
	void on(UserDeactivated event) {
		List<Role> ownerless = new ArrayList<>();
		for (RoleMember held : this.members.findByUserId(event.userId())) {
			Optional<Role> role = Role.fromKey(held.roleKey());
			if (role.isEmpty()) {
				continue;
			}
			this.members.delete(held);
			this.members.flush();
			this.audit.record(Actor.VIOLET, ENDED, "role:" + held.roleKey(), "user " + event.userId() + " was "
					+ (held.kind() == RoleMember.Kind.OWNER ? "an owner" : "a backup") + "; deactivated in Slack");
			this.events.publishEvent(new RoleUnassigned(role.get(), event.userId(), Actor.VIOLET.id()));
			if (held.kind() == RoleMember.Kind.OWNER && !takenOver(role.get())) {
				ownerless.add(role.get());
			}
		}
		if (!ownerless.isEmpty()) {
			this.events.publishEvent(new RolesLeftWithoutOwner(event.userId(), ownerless, event.at()));
		}
	}

	/**
	 * Whether the role still has an owner, or now has one because its first active backup
	 * took over.
	 */
	private boolean takenOver(Role role) {
		List<RoleMember> left = this.members.findByRoleKeyOrderByPositionAscIdAsc(role.key());
		if (left.stream().anyMatch((m) -> m.kind() == RoleMember.Kind.OWNER)) {
			return true;
		}
		Optional<RoleMember> backup = left.stream()
			.filter((m) -> m.kind() == RoleMember.Kind.BACKUP)
			.filter((m) -> this.facts.findById(m.userId()).map((f) -> !f.toFact().deactivated()).orElse(true))
			.findFirst();
		if (backup.isEmpty()) {
			return false;
		}
		String userId = backup.get().userId();
		this.members.delete(backup.get());
		this.members.flush();
		this.members.save(new RoleMember(role, userId, RoleMember.Kind.OWNER, this.members.maxPosition(role.key()) + 1,
				this.clock.instant()));
		this.audit.record(Actor.VIOLET, PROMOTED, "role:" + role.key(),
				"user " + userId + " now owns it; its owner was deactivated in Slack");
		this.events.publishEvent(new RoleAssigned(role, userId, false, Actor.VIOLET.id()));
		return true;
	}

}
