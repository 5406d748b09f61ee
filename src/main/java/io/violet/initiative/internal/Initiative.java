package io.violet.initiative.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An AI initiative and the anchor of its Slack thread.
 */
@Entity
@Table(name = "initiative")
public class Initiative {

	static final String KEY_PREFIX = "AI-";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, length = 2000)
	private String name;

	@Column(nullable = false, length = 3000)
	private String description;

	@Column(name = "owner_id", nullable = false)
	private String ownerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "risk_tier", nullable = false)
	private RiskTier riskTier;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Column(name = "personal_data", nullable = false)
	private boolean personalData;

	@Column(name = "third_party_model", nullable = false)
	private boolean thirdPartyModel;

	@Column(name = "affects_people", nullable = false)
	private boolean affectsPeople;

	@Column(nullable = false)
	private boolean employment;

	@Column(nullable = false)
	private boolean genai;

	@Column(name = "customer_facing", nullable = false)
	private boolean customerFacing;

	@Column(name = "eu_market", nullable = false)
	private boolean euMarket;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "channel_id")
	private @Nullable String channelId;

	@Column(name = "thread_ts")
	private @Nullable String threadTs;

	@Column(name = "anchor_claimed_at")
	private @Nullable Instant anchorClaimedAt;

	protected Initiative() {
		this.name = "";
		this.description = "";
		this.ownerId = "";
		this.riskTier = RiskTier.MINIMAL;
		this.stage = Stage.PROPOSED;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Initiative(NewInitiative request, String createdBy, Instant now) {
		this.name = request.name();
		this.description = request.description();
		this.ownerId = request.ownerId();
		this.riskTier = request.riskTier();
		this.stage = Stage.PROPOSED;
		Set<Attribute> a = request.attributes();
		this.personalData = a.contains(Attribute.PERSONAL_DATA);
		this.thirdPartyModel = a.contains(Attribute.THIRD_PARTY_MODEL);
		this.affectsPeople = a.contains(Attribute.AFFECTS_PEOPLE);
		this.employment = a.contains(Attribute.EMPLOYMENT);
		this.genai = a.contains(Attribute.GENAI);
		this.customerFacing = a.contains(Attribute.CUSTOMER_FACING);
		this.euMarket = a.contains(Attribute.EU_MARKET);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Initiative not saved yet");
		}
		return this.id;
	}

	public String key() {
		return KEY_PREFIX + id();
	}

	public Stage stage() {
		return this.stage;
	}

	public String ownerId() {
		return this.ownerId;
	}

	public RiskTier riskTier() {
		return this.riskTier;
	}

	/**
	 * Moves to a stage.
	 * @param next the stage
	 * @param now the time
	 */
	void enter(Stage next, Instant now) {
		this.stage = next;
		this.updatedAt = now;
	}

	public Set<Attribute> attributes() {
		Set<Attribute> set = EnumSet.noneOf(Attribute.class);
		addIf(set, this.personalData, Attribute.PERSONAL_DATA);
		addIf(set, this.thirdPartyModel, Attribute.THIRD_PARTY_MODEL);
		addIf(set, this.affectsPeople, Attribute.AFFECTS_PEOPLE);
		addIf(set, this.employment, Attribute.EMPLOYMENT);
		addIf(set, this.genai, Attribute.GENAI);
		addIf(set, this.customerFacing, Attribute.CUSTOMER_FACING);
		addIf(set, this.euMarket, Attribute.EU_MARKET);
		return set;
	}

	private static void addIf(Set<Attribute> set, boolean present, Attribute attribute) {
		if (present) {
			set.add(attribute);
		}
	}

	public InitiativeDetails details() {
		return new InitiativeDetails(key(), this.name, this.description, this.ownerId, this.riskTier, this.stage,
				Set.copyOf(attributes()), this.createdBy, this.createdAt, this.channelId, this.threadTs);
	}

	/**
	 * Parses a key such as {@code AI-7} (any case, surrounding spaces ignored).
	 * @param key the key
	 * @return the id, or -1 when it is not an initiative key
	 */
	public static long idOf(String key) {
		String k = key.trim();
		if (k.length() <= KEY_PREFIX.length() || !k.regionMatches(true, 0, KEY_PREFIX, 0, KEY_PREFIX.length())) {
			return -1;
		}
		String digits = k.substring(KEY_PREFIX.length());
		if (digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
			return -1;
		}
		return Long.parseLong(digits);
	}

}
