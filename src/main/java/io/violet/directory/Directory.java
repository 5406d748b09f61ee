package io.violet.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.VioletSettings;
import io.violet.audit.AuditTrail;
import io.violet.slack.Administrators;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role directory's public API: who holds which role, who administers Violet, and the
 * changes admins make.
 */
@Service
public class Directory implements Administrators {

	private final RoleMemberRepository members;

	private final UserFacts userFacts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Set<String> configuredAdmins;

	private final Clock clock;

	Directory(RoleMemberRepository members, UserFacts userFacts, AuditTrail audit, ApplicationEventPublisher events,
			VioletSettings settings, Clock clock) {
		this.members = members;
		this.userFacts = userFacts;
		this.audit = audit;
		this.events = events;
		this.configuredAdmins = new LinkedHashSet<>();
		settings.admins().stream().map(String::trim).filter((s) -> !s.isEmpty()).forEach(this.configuredAdmins::add);
		this.clock = clock;
	}

	/**
	 * Who holds a role.
	 * @param role the role
	 * @return owners (primary first) and backups
	 */
	@Transactional(readOnly = true)
	public RoleHolders holders(Role role) {
		List<String> owners = new ArrayList<>();
		List<String> backups = new ArrayList<>();
		for (RoleMember member : this.members.findByRoleKeyOrderByPositionAscIdAsc(role.key())) {
			(member.kind() == RoleMember.Kind.OWNER ? owners : backups).add(member.userId());
		}
		return new RoleHolders(role, List.copyOf(owners), List.copyOf(backups));
	}

	/**
	 * The owners of a role, primary first, read without loading the directory's entries:
	 * for roles with thousands of owners.
	 * @param role the role
	 * @return the owners' user ids
	 */
	@Transactional(readOnly = true)
	public List<String> ownerIds(Role role) {
		return this.members.userIds(role.key(), RoleMember.Kind.OWNER);
	}

	/**
	 * Every role with its holders, in the order of {@link Role}.
	 * @return the whole directory
	 */
	@Transactional(readOnly = true)
	public Map<Role, RoleHolders> all() {
		Map<Role, List<String>> owners = new EnumMap<>(Role.class);
		Map<Role, List<String>> backups = new EnumMap<>(Role.class);
		for (RoleMember member : this.members.findAllInOrder()) {
			Role.fromKey(member.roleKey())
				.ifPresent((role) -> ((member.kind() == RoleMember.Kind.OWNER) ? owners : backups)
					.computeIfAbsent(role, (r) -> new ArrayList<>())
					.add(member.userId()));
		}
		Map<Role, RoleHolders> all = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			all.put(role, new RoleHolders(role, List.copyOf(owners.getOrDefault(role, List.of())),
					List.copyOf(backups.getOrDefault(role, List.of()))));
		}
		return all;
	}

	/**
	 * The roles a user owns or backs up.
	 * @param userId the user
	 * @return the roles
	 */
	@Transactional(readOnly = true)
	public Set<Role> rolesOf(String userId) {
		Set<Role> roles = new LinkedHashSet<>();
		this.members.findByUserId(userId).forEach((m) -> Role.fromKey(m.roleKey()).ifPresent(roles::add));
		return roles;
	}

	/**
	 * Whether a user owns or backs up any of the roles.
	 * @param userId the user
	 * @param roles the roles
	 * @return true when they hold one of them
	 */
	@Transactional(readOnly = true)
	public boolean holdsAny(String userId, Set<Role> roles) {
		return rolesOf(userId).stream().anyMatch(roles::contains);
	}

	/**
	 * The roles that lost their owner to a deactivation and have none again yet: what
	 * admins should fill first.
	 * @return the roles, in the order of {@link Role}
	 */
	@Transactional(readOnly = true)
	public List<Role> leftWithoutOwner() {
		return all().values()
			.stream()
			.filter((holders) -> holders.owners().isEmpty())
			.map(RoleHolders::role)
			.filter((role) -> this.audit.about("role:" + role.key())
				.stream()
				.anyMatch((entry) -> DeactivatedUsers.ENDED.equals(entry.action()) && entry.details() != null
						&& entry.details().contains("an owner")))
			.toList();
	}

	@Override
	public boolean isAdmin(String userId) {
		if (this.configuredAdmins.contains(userId)) {
			return true;
		}
		// asked while handling a request: the cached admin flag, refreshed after the
		// answer
		return this.userFacts.known(userId).map(UserFact::workspaceAdmin).orElse(false);
	}

	@Override
	public boolean isKnownAdmin(String userId) {
		return this.configuredAdmins.contains(userId)
				|| this.userFacts.cached(userId).map(UserFact::workspaceAdmin).orElse(false);
	}

	/**
	 * The admins named in configuration.
	 * @return their user ids
	 */
	public Set<String> configuredAdmins() {
		return Set.copyOf(this.configuredAdmins);
	}

	/**
	 * Makes users owners (or backups) of a role; those who already are stay where they
	 * are.
	 * @param role the role
	 * @param userIds the users, in order
	 * @param backup whether as backups
	 * @param by the admin making the change
	 * @return the users newly added
	 */
	@Transactional
	public List<String> assign(Role role, List<String> userIds, boolean backup, String by) {
		RoleMember.Kind kind = backup ? RoleMember.Kind.BACKUP : RoleMember.Kind.OWNER;
		List<RoleMember> current = this.members.findByRoleKeyOrderByPositionAscIdAsc(role.key());
		int position = current.stream().mapToInt(RoleMember::position).max().orElse(-1);
		List<String> added = new ArrayList<>();
		for (String userId : new LinkedHashSet<>(userIds)) {
			boolean present = current.stream().anyMatch((m) -> m.userId().equals(userId) && m.kind() == kind);
			if (present) {
				continue;
			}
			// a user is either an owner or a backup of a role, not both
			current.stream().filter((m) -> m.userId().equals(userId)).forEach(this.members::delete);
			this.members.save(new RoleMember(role, userId, kind, ++position, this.clock.instant()));
			added.add(userId);
			this.audit.record(by, backup ? "role.backup-assigned" : "role.owner-assigned", "role:" + role.key(),
					"user " + userId);
			this.events.publishEvent(new RoleAssigned(role, userId, backup, by));
		}
		return added;
	}

	/**
	 * Removes a user from a role (as owner and as backup).
	 * @param role the role
	 * @param userId the user
	 * @param by the admin making the change
	 * @return whether the user held the role
	 */
	@Transactional
	public boolean remove(Role role, String userId, String by) {
		List<RoleMember> held = this.members.findByRoleKeyOrderByPositionAscIdAsc(role.key())
			.stream()
			.filter((m) -> m.userId().equals(userId))
			.toList();
		if (held.isEmpty()) {
			return false;
		}
		this.members.deleteAll(held);
		this.audit.record(by, "role.removed", "role:" + role.key(), "user " + userId);
		this.events.publishEvent(new RoleUnassigned(role, userId, by));
		return true;
	}

	/**
	 * Makes a role's owners exactly the members of a user group; backups stay.
	 * @param role the role
	 * @param userGroupId the user group
	 * @param memberIds the group's members, as Slack listed them
	 * @param by the admin making the change
	 * @return the owners before and after
	 */
	@Transactional
	public SyncResult replaceOwners(Role role, String userGroupId, List<String> memberIds, String by) {
		RoleHolders before = holders(role);
		List<String> wanted = List.copyOf(new LinkedHashSet<>(memberIds));
		for (String gone : before.owners()) {
			if (!wanted.contains(gone)) {
				remove(role, gone, by);
			}
		}
		List<String> added = assign(role, wanted.stream().filter((u) -> !before.owners().contains(u)).toList(), false,
				by);
		this.audit.record(by, "role.synced", "role:" + role.key(),
				"from user group " + userGroupId + ": " + wanted.size() + " owners");
		return new SyncResult(before.owners(), holders(role).owners(), added);
	}

	/**
	 * What a sync changed.
	 *
	 * @param before the owners before
	 * @param after the owners after
	 * @param added who was added
	 */
	public record SyncResult(List<String> before, List<String> after, List<String> added) {

		public List<String> removed() {
			return this.before.stream().filter((u) -> !this.after.contains(u)).toList();
		}

	}

}
