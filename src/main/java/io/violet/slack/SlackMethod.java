package io.violet.slack;

import java.util.Set;

/**
 * Every Web API method Violet calls, with the bot scopes it needs and whether a failed
 * call may simply be repeated. The manifest test checks these scopes against
 * {@code manifest.yml}, so a new call starts here.
 */
public enum SlackMethod {

	AUTH_TEST("auth.test", Repeat.SAFE),

	CHAT_POST_MESSAGE("chat.postMessage", Repeat.CHECK_FIRST, "chat:write"),

	CHAT_POST_EPHEMERAL("chat.postEphemeral", Repeat.CHECK_FIRST, "chat:write"),

	CHAT_UPDATE("chat.update", Repeat.SAFE, "chat:write"),

	CHAT_GET_PERMALINK("chat.getPermalink", Repeat.SAFE),

	CONVERSATIONS_CREATE("conversations.create", Repeat.CHECK_FIRST, "channels:manage", "groups:write"),

	CONVERSATIONS_INFO("conversations.info", Repeat.SAFE, "channels:read", "groups:read"),

	CONVERSATIONS_LIST("conversations.list", Repeat.SAFE, "channels:read", "groups:read"),

	CONVERSATIONS_MEMBERS("conversations.members", Repeat.SAFE, "channels:read", "groups:read"),

	CONVERSATIONS_HISTORY("conversations.history", Repeat.SAFE, "im:history"),

	CONVERSATIONS_REPLIES("conversations.replies", Repeat.SAFE, "channels:history", "groups:history"),

	CONVERSATIONS_SET_TOPIC("conversations.setTopic", Repeat.SAFE, "channels:manage", "groups:write"),

	CONVERSATIONS_SET_PURPOSE("conversations.setPurpose", Repeat.SAFE, "channels:manage", "groups:write"),

	CONVERSATIONS_INVITE("conversations.invite", Repeat.SAFE, "channels:manage", "groups:write"),

	CONVERSATIONS_KICK("conversations.kick", Repeat.SAFE, "channels:manage", "groups:write"),

	CONVERSATIONS_ARCHIVE("conversations.archive", Repeat.SAFE, "channels:manage", "groups:write"),

	CONVERSATIONS_UNARCHIVE("conversations.unarchive", Repeat.SAFE, "channels:manage", "groups:write"),

	CONVERSATIONS_JOIN("conversations.join", Repeat.SAFE, "channels:join"),

	CONVERSATIONS_OPEN("conversations.open", Repeat.SAFE, "im:write"),

	PINS_ADD("pins.add", Repeat.SAFE, "pins:write"),

	PINS_REMOVE("pins.remove", Repeat.SAFE, "pins:write"),

	USERS_INFO("users.info", Repeat.SAFE, "users:read"),

	USERS_LIST("users.list", Repeat.SAFE, "users:read"),

	USERGROUPS_USERS_LIST("usergroups.users.list", Repeat.SAFE, "usergroups:read"),

	VIEWS_OPEN("views.open", Repeat.NEVER),

	VIEWS_PUSH("views.push", Repeat.NEVER),

	VIEWS_UPDATE("views.update", Repeat.SAFE),

	VIEWS_PUBLISH("views.publish", Repeat.SAFE),

	FILES_UPLOAD_V2("files.uploadV2", Repeat.CHECK_FIRST, "files:write"),

	FILES_INFO("files.info", Repeat.SAFE, "files:read"),

	CONVERSATIONS_CANVASES_CREATE("conversations.canvases.create", Repeat.CHECK_FIRST, "canvases:write"),

	BOOKMARKS_ADD("bookmarks.add", Repeat.CHECK_FIRST, "bookmarks:write"),

	BOOKMARKS_LIST("bookmarks.list", Repeat.SAFE, "bookmarks:read");

	private final String method;

	private final Repeat repeat;

	private final Set<String> scopes;

	SlackMethod(String method, Repeat repeat, String... scopes) {
		this.method = method;
		this.repeat = repeat;
		this.scopes = Set.of(scopes);
	}

	/**
	 * The Web API method name, e.g. {@code chat.postMessage}.
	 * @return the method name
	 */
	public String method() {
		return this.method;
	}

	public Set<String> scopes() {
		return this.scopes;
	}

	/**
	 * Whether a call that failed with a server error or a timeout may be sent again as
	 * is: it changes nothing when it already took effect.
	 * @return true for calls safe to repeat
	 */
	public boolean safeToRepeat() {
		return this.repeat == Repeat.SAFE;
	}

	/**
	 * Whether the call is bound to a trigger that expires within seconds (a modal opened
	 * from a click): it is never repeated and never waits for a rate limit.
	 * @return true for {@code views.open} and {@code views.push}
	 */
	public boolean boundToTrigger() {
		return this.repeat == Repeat.NEVER;
	}

	enum Repeat {

		/** Repeating changes nothing (pins, invites, topics, updates, reads). */
		SAFE,

		/** Creates something: the caller checks before trying again. */
		CHECK_FIRST,

		/** Bound to a short-lived trigger: never repeated. */
		NEVER

	}

}
