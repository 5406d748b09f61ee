package io.violet.initiative.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.violet.initiative.ThreadMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A message waiting to be, or already, sent about an initiative: a reply in its thread
 * (no recipient) or a direct message.
 */
@Entity
@Table(name = "initiative_message")
public class InitiativeMessage {

	private static final char FIELD = '\u001f';

	private static final char RECORD = '\u001e';

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "initiative_id", nullable = false)
	private long initiativeId;

	@Column(name = "message_key", nullable = false, length = 200)
	private String messageKey;

	@Column(name = "recipient")
	private @Nullable String recipient;

	@Column(name = "text", nullable = false, columnDefinition = "MEDIUMTEXT")
	private String text;

	@Column(name = "buttons", nullable = false, length = 4000)
	private String buttons;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "claimed_at")
	private @Nullable Instant claimedAt;

	@Column(name = "posted_at")
	private @Nullable Instant postedAt;

	@Column(name = "channel_id")
	private @Nullable String channelId;

	@Column(name = "ts")
	private @Nullable String ts;

	protected InitiativeMessage() {
		this.messageKey = "";
		this.text = "";
		this.buttons = "";
		this.createdAt = Instant.EPOCH;
	}

	InitiativeMessage(long initiativeId, String messageKey, @Nullable String recipient, ThreadMessage message,
			Instant now) {
		this.initiativeId = initiativeId;
		this.messageKey = messageKey;
		this.recipient = recipient;
		this.text = message.text();
		this.buttons = encode(message.buttons());
		this.createdAt = now;
	}

	public long id() {
		return (this.id != null) ? this.id : -1;
	}

	public long initiativeId() {
		return this.initiativeId;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * Who gets it as a direct message.
	 * @return the user, or null for a thread reply
	 */
	public @Nullable String recipient() {
		return this.recipient;
	}

	public boolean inThread() {
		return this.recipient == null;
	}

	public ThreadMessage message() {
		return new ThreadMessage(this.text, decode(this.buttons));
	}

	public @Nullable String ts() {
		return this.ts;
	}

	static String encode(List<ThreadMessage.Button> buttons) {
		StringBuilder out = new StringBuilder();
		for (ThreadMessage.Button b : buttons) {
			out.append(b.actionId())
				.append(FIELD)
				.append(b.label())
				.append(FIELD)
				.append(b.value())
				.append(FIELD)
				.append(b.style())
				.append(RECORD);
		}
		return out.toString();
	}

	static List<ThreadMessage.Button> decode(String encoded) {
		List<ThreadMessage.Button> buttons = new ArrayList<>();
		for (String record : encoded.split(String.valueOf(RECORD))) {
			String[] f = record.split(String.valueOf(FIELD), -1);
			if (f.length == 4) {
				buttons.add(new ThreadMessage.Button(f[0], f[1], f[2], f[3]));
			}
		}
		return buttons;
	}

}
