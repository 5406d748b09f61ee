package io.violet.initiative;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackTestSupport;
import org.awaitility.core.ConditionTimeoutException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Helpers for end-to-end tests of initiatives and reviews: people, roles, creating
 * initiatives, finding their thread's posts and clicking buttons.
 */
public abstract class InitiativeTestSupport extends SlackTestSupport {

	private static final Pattern KEY = Pattern.compile("AI-\\d+");

	@Autowired
	protected Directory directory;

	@Autowired
	protected Initiatives initiatives;

	/**
	 * A user id no other test uses.
	 * @param tag a readable part
	 * @return e.g. {@code ULEGAL7F3A2B}
	 */
	protected static String user(String tag) {
		return "U" + tag.toUpperCase(Locale.ROOT)
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
	}

	protected void own(Role role, String... users) {
		this.directory.assign(role, List.of(users), false, ADMIN);
	}

	protected void backUp(Role role, String... users) {
		this.directory.assign(role, List.of(users), true, ADMIN);
	}

	/**
	 * Removes every holder of a role.
	 * @param role the role
	 */
	protected void vacate(Role role) {
		this.directory.holders(role).everyone().forEach((u) -> this.directory.remove(role, u, ADMIN));
	}

	/**
	 * Creates an initiative with the one-line form and returns its key.
	 * @param userId who creates it
	 * @param args what follows {@code initiative new}
	 * @return the key
	 */
	protected String create(String userId, String args) {
		Answer answer = command(userId, "initiative new " + args);
		assertThat(answer.text()).contains("Created");
		Matcher matcher = KEY.matcher(answer.text());
		assertThat(matcher.find()).as(answer.text()).isTrue();
		return matcher.group();
	}

	/**
	 * Waits for the initiative's thread to exist.
	 * @param key the initiative
	 * @return the parent's ts
	 */
	protected String awaitThread(String key) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.initiatives.details(key).map(InitiativeDetails::threadTs).isPresent());
		return this.initiatives.details(key).orElseThrow().threadTs();
	}

	/**
	 * Messages posted as replies under a parent.
	 * @param threadTs the parent's ts
	 * @return the calls
	 */
	protected List<Map<String, String>> replies(String threadTs) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> threadTs.equals(c.get("thread_ts")))
			.toList();
	}

	protected List<Map<String, String>> awaitReplies(String threadTs, String containing) {
		try {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> replies(threadTs).stream().anyMatch((c) -> c.get("text").contains(containing)));
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No reply containing \"" + containing + "\" under " + threadTs + "; replies: "
					+ replies(threadTs).stream().map((c) -> c.get("text")).toList(), ex);
		}
		return replies(threadTs).stream().filter((c) -> c.get("text").contains(containing)).toList();
	}

	/**
	 * Direct messages to a user (the stub's DM channel for {@code U1} is {@code DU1}).
	 * @param userId the user
	 * @return the calls
	 */
	protected List<Map<String, String>> dmsTo(String userId) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> ("D" + userId).equals(c.get("channel")))
			.toList();
	}

	protected List<Map<String, String>> awaitDm(String userId, String containing) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> dmsTo(userId).stream().anyMatch((c) -> c.get("text").contains(containing)));
		return dmsTo(userId).stream().filter((c) -> c.get("text").contains(containing)).toList();
	}

}
