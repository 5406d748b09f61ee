package io.violet.initiative.bom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.ComponentAdded;
import io.violet.initiative.ComponentInventory;
import io.violet.initiative.Initiatives;
import io.violet.initiative.InitiativeSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ML-BOM inventory: adds and removes components, lists them, and answers which
 * initiatives use a component. Every change is audited and told in the initiative's
 * thread; every addition is published as {@link ComponentAdded}.
 */
@Service
public class Inventory implements ComponentInventory {

	/** Who may change an initiative's inventory, besides its owner and admins. */
	static final List<Role> EDITOR_ROLES = List.of(Role.ML_ENGINEER, Role.ML_ARCHITECT, Role.THREAT_ANALYST);

	private final BomComponentRepository components;

	private final Initiatives catalog;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final BomSettings settings;

	private final Clock clock;

	Inventory(BomComponentRepository components, Initiatives catalog, Directory directory, AuditTrail audit,
			ApplicationEventPublisher events, BomSettings settings, Clock clock) {
		this.components = components;
		this.catalog = catalog;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Adds a component to an initiative's ML-BOM.
	 * @param initiativeKey the key, any case
	 * @param draft the checked component
	 * @param actor who adds it
	 * @return what happened
	 */
	@Transactional
	public Change add(String initiativeKey, ComponentDraft draft, String actor) {
		Optional<InitiativeSummary> found = this.catalog.find(initiativeKey);
		if (found.isEmpty()) {
			return Change.refused(Change.Outcome.NO_INITIATIVE, null);
		}
		InitiativeSummary initiative = found.get();
		if (!mayChange(initiative, actor)) {
			return Change.refused(Change.Outcome.NOT_ALLOWED, initiative);
		}
		Coordinates coordinates = draft.coordinates();
		Optional<BomComponent> existing = this.components.findByInitiativeKeyAndNameAndVersion(initiative.key(),
				coordinates.name(), coordinates.version());
		if (existing.isPresent()) {
			return new Change(Change.Outcome.ALREADY_LISTED, initiative, existing.get());
		}
		if (this.components.countByInitiativeKey(initiative.key()) >= this.settings.maxComponents()) {
			return Change.refused(Change.Outcome.FULL, initiative);
		}
		BomComponent component = this.components
			.save(new BomComponent(initiative.key(), draft, actor, this.clock.instant()));
		this.audit.record(actor, "bom.component-added", "initiative:" + initiative.key(), describe(component));
		this.events.publishEvent(BomChanged.of(BomChanged.Change.ADDED, component, actor));
		this.events.publishEvent(new ComponentAdded(initiative.key(), component.kind().key(), component.name(),
				component.version(), component.outside(),
				component.kind() == ComponentKind.DATASET && component.personalData(), actor));
		return new Change(Change.Outcome.DONE, initiative, component);
	}

	/**
	 * Removes a component from an initiative's ML-BOM.
	 * @param initiativeKey the key, any case
	 * @param coordinates the component's name and version
	 * @param actor who removes it
	 * @return what happened
	 */
	@Transactional
	public Change remove(String initiativeKey, Coordinates coordinates, String actor) {
		Optional<InitiativeSummary> found = this.catalog.find(initiativeKey);
		if (found.isEmpty()) {
			return Change.refused(Change.Outcome.NO_INITIATIVE, null);
		}
		InitiativeSummary initiative = found.get();
		if (!mayChange(initiative, actor)) {
			return Change.refused(Change.Outcome.NOT_ALLOWED, initiative);
		}
		Optional<BomComponent> existing = this.components.findByInitiativeKeyAndNameAndVersion(initiative.key(),
				coordinates.name(), coordinates.version());
		if (existing.isEmpty()) {
			return Change.refused(Change.Outcome.NOT_LISTED, initiative);
		}
		BomComponent component = existing.get();
		this.components.delete(component);
		this.audit.record(actor, "bom.component-removed", "initiative:" + initiative.key(), describe(component));
		this.events.publishEvent(BomChanged.of(BomChanged.Change.REMOVED, component, actor));
		return new Change(Change.Outcome.DONE, initiative, component);
	}

	/**
	 * An initiative's components, models first.
	 * @param initiativeKey the key, any case
	 * @return the initiative and its components, or empty when there is no such
	 * initiative
	 */
	@Transactional(readOnly = true)
	public Optional<Listing> list(String initiativeKey) {
		return this.catalog.find(initiativeKey)
			.map((initiative) -> new Listing(initiative,
					ordered(this.components.findByInitiativeKeyOrderByKindAscNameAscVersionAsc(initiative.key()))));
	}

	/**
	 * Which initiatives use a component, with their owners and stages.
	 * @param wanted a name, with or without a version
	 * @return one entry per initiative, in key order
	 */
	@Transactional(readOnly = true)
	public List<Usage> where(Coordinates wanted) {
		List<BomComponent> found = wanted.version().isEmpty()
				? this.components.findByNameOrderByInitiativeKeyAscVersionAsc(wanted.name())
				: this.components.findByNameAndVersionOrderByInitiativeKeyAsc(wanted.name(), wanted.version());
		Map<String, List<BomComponent>> byInitiative = new LinkedHashMap<>();
		found.stream()
			.sorted(java.util.Comparator.comparingInt((BomComponent c) -> keyNumber(c.initiativeKey()))
				.thenComparing(BomComponent::initiativeKey)
				.thenComparing(BomComponent::version))
			.forEach((c) -> byInitiative.computeIfAbsent(c.initiativeKey(), (k) -> new ArrayList<>()).add(c));
		List<Usage> usages = new ArrayList<>();
		byInitiative.forEach((key, list) -> usages.add(new Usage(key, this.catalog.find(key).orElse(null), list)));
		return usages;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InventoryComponent> find(String initiativeKey, String name, String version) {
		return this.catalog.find(initiativeKey)
			.flatMap((initiative) -> this.components.findByInitiativeKeyAndNameAndVersion(initiative.key(), name,
					version))
			.map(Inventory::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<InventoryComponent> components(String initiativeKey) {
		return this.catalog.find(initiativeKey)
			.map((initiative) -> ordered(
					this.components.findByInitiativeKeyOrderByKindAscNameAscVersionAsc(initiative.key()))
				.stream()
				.map(Inventory::view)
				.toList())
			.orElse(List.of());
	}

	private static InventoryComponent view(BomComponent c) {
		return new InventoryComponent(c.initiativeKey(), c.kind().key(), c.name(), c.version(), c.outside(),
				c.personalData(), c.task());
	}

	@Override
	public boolean mayChange(InitiativeSummary initiative, String userId) {
		if (initiative.ownerId().equals(userId)) {
			return true;
		}
		for (Role role : EDITOR_ROLES) {
			if (this.directory.holders(role).owners().contains(userId)) {
				return true;
			}
		}
		return this.directory.isAdmin(userId);
	}

	/**
	 * Who may change an inventory, for refusals.
	 * @return a phrase naming them
	 */
	public static String whoMayChange() {
		return "the initiative's owner, ml-engineer, ml-architect and threat-analyst owners, and Violet admins";
	}

	/**
	 * Models first, then datasets, libraries and services, each by name and version.
	 * @param components the components
	 * @return them in that order
	 */
	static List<BomComponent> ordered(List<BomComponent> components) {
		return components.stream()
			.sorted(java.util.Comparator.comparing(BomComponent::kind)
				.thenComparing(BomComponent::name, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(BomComponent::version))
			.toList();
	}

	private static int keyNumber(String key) {
		try {
			return Integer.parseInt(key.substring(key.indexOf('-') + 1));
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

	private static String describe(BomComponent c) {
		StringBuilder text = new StringBuilder(c.kind().key()).append(' ').append(c.coordinates());
		if (c.supplier() != null) {
			text.append("; supplier ").append(c.supplier());
		}
		if (c.license() != null) {
			text.append("; license ").append(c.license());
		}
		if (c.sha256() != null) {
			text.append("; sha256 ").append(c.sha256());
		}
		if (c.url() != null) {
			text.append("; url ").append(c.url());
		}
		if (c.personalData()) {
			text.append("; personal data");
		}
		return text.toString();
	}

	/**
	 * The outcome of a change.
	 *
	 * @param outcome what happened
	 * @param initiative the initiative, null when there is none
	 * @param component the component concerned, null when refused before finding one
	 */
	public record Change(Outcome outcome, @Nullable InitiativeSummary initiative, @Nullable BomComponent component) {

		static Change refused(Outcome outcome, @Nullable InitiativeSummary initiative) {
			return new Change(outcome, initiative, null);
		}

		/**
		 * What happened.
		 */
		public enum Outcome {

			DONE, NO_INITIATIVE, NOT_ALLOWED, ALREADY_LISTED, NOT_LISTED, FULL

		}

	}

	/**
	 * An initiative's inventory.
	 *
	 * @param initiative the initiative
	 * @param components its components
	 */
	public record Listing(InitiativeSummary initiative, List<BomComponent> components) {

	}

	/**
	 * One initiative that uses a component.
	 *
	 * @param initiativeKey the key
	 * @param initiative the initiative, null when the catalog no longer shows it
	 * @param components the matching components (one per version)
	 */
	public record Usage(String initiativeKey, @Nullable InitiativeSummary initiative, List<BomComponent> components) {

	}

}
