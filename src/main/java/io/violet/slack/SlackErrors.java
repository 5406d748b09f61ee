package io.violet.slack;

import java.util.Set;

/**
 * The one classification of Slack's answers. A transient answer passes by itself and the
 * work is tried again later; every other answer is final for the call that got it and is
 * never retried blindly: the target is gone, a person must fix Violet's installation, or
 * Violet's own request was wrong.
 */
public final class SlackErrors {

	/** Slack's own trouble or its rate limits: try again later. */
	private static final Set<String> TRANSIENT = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
			"service_unavailable", "request_timeout", "timeout", "io_error", "http_500", "http_502", "http_503",
			"http_504");

	/** The user or channel cannot receive anything any more. */
	private static final Set<String> GONE = Set.of("user_disabled", "user_not_found", "user_is_deactivated",
			"cannot_dm_bot", "channel_not_found", "is_archived", "user_is_bot", "cant_invite_self",
			"user_is_restricted", "cant_invite", "ura_max_channels", "not_found");

	/**
	 * A person must change Violet's installation, token or channel membership.
	 * {@code account_inactive} is here, not among the gone: Slack answers it when the
	 * caller's token is for a deleted user or workspace, whatever the call's target.
	 */
	private static final Set<String> FIXABLE = Set.of("missing_scope", "not_in_channel", "invalid_auth",
			"account_inactive", "token_revoked", "token_expired", "not_authed", "no_permission", "restricted_action",
			"not_allowed_token_type", "team_access_not_granted", "ekm_access_denied",
			"channel_is_archived_and_not_allowed");

	/** Violet's request was wrong: a bug to look at, not a thing to repeat. */
	private static final Set<String> INVALID = Set.of("invalid_blocks", "invalid_blocks_format", "msg_too_long",
			"invalid_arguments", "invalid_arg_name", "invalid_array_arg", "invalid_charset", "invalid_form_data",
			"invalid_post_type", "missing_post_type", "too_many_attachments", "no_text", "invalid_metadata_format",
			"invalid_metadata_schema", "metadata_too_large", "invalid_cursor", "invalid_ts_latest", "invalid_ts_oldest",
			"too_long", "invalid_name", "invalid_name_specials", "invalid_name_maxlength", "invalid_name_required",
			"invalid_name_punctuation");

	private SlackErrors() {
	}

	/**
	 * How an error code is to be treated.
	 * @param error Slack's error code, e.g. {@code not_in_channel}
	 * @return its kind
	 */
	public static Kind classify(String error) {
		if (TRANSIENT.contains(error) || error.startsWith("http_5")) {
			return Kind.TRANSIENT;
		}
		if (GONE.contains(error)) {
			return Kind.GONE;
		}
		if (FIXABLE.contains(error)) {
			return Kind.FIXABLE;
		}
		if (INVALID.contains(error)) {
			return Kind.INVALID;
		}
		return Kind.OTHER;
	}

	public static boolean isTransient(String error) {
		return classify(error) == Kind.TRANSIENT;
	}

	/**
	 * Whether admins should see a failure in {@code /violet ops failed}: one a person can
	 * fix, or a request Violet got wrong.
	 * @param error the error code
	 * @return true when it is parked for admins
	 */
	public static boolean parks(String error) {
		Kind kind = classify(error);
		return kind == Kind.FIXABLE || kind == Kind.INVALID;
	}

	/**
	 * Whether admins are told by direct message (once per error and method).
	 * @param error the error code
	 * @return true for the errors a person can fix
	 */
	public static boolean tellAdmins(String error) {
		return classify(error) == Kind.FIXABLE;
	}

	/**
	 * What an admin can do about an error, as plain text (mrkdwn-safe).
	 * @param error the error code
	 * @param method the method that got it
	 * @return the advice
	 */
	public static String whatToDo(String error, SlackMethod method) {
		return switch (error) {
			case "missing_scope" -> "Reinstall the Slack app with the scopes in manifest.yml (" + method.method()
					+ " needs " + String.join(", ", method.scopes()) + "), then retry.";
			case "not_in_channel" -> "Invite @Violet to the channel (/invite @Violet), then retry.";
			case "account_inactive" ->
				"Slack says SLACK_BOT_TOKEN belongs to a deleted bot user or workspace (the app was removed, or the workspace closed): reinstall the app and replace the token, then retry.";
			case "invalid_auth", "token_revoked", "token_expired", "not_authed" ->
				"Check SLACK_BOT_TOKEN: the token is not valid for the workspace any more. Reinstall the app or replace the token, then retry.";
			case "no_permission", "restricted_action", "team_access_not_granted", "ekm_access_denied",
					"channel_is_archived_and_not_allowed", "not_allowed_token_type" ->
				"A workspace setting or policy forbids this for the bot; a Slack admin must allow it, then retry.";
			case "is_archived" -> "The channel is archived; unarchive it or leave this alone.";
			case "channel_not_found" ->
				"The channel no longer exists or Violet cannot see it; check the setting that names it.";
			case "user_disabled", "user_not_found", "user_is_deactivated", "account_gone" ->
				"The person is deactivated; update the role directory.";
			default -> switch (classify(error)) {
				case TRANSIENT -> "Slack kept failing; retry once Slack is healthy again (status.slack.com).";
				case INVALID ->
					"Violet's request was refused as malformed; report it with this entry, retry after an upgrade.";
				default -> "Check the error with Slack's documentation of " + method.method() + ", then retry.";
			};
		};
	}

	/**
	 * Kinds of Slack answers.
	 */
	public enum Kind {

		/** Slack's trouble or a rate limit: the run ends and the work is given back. */
		TRANSIENT,

		/** The user or channel cannot receive it: skip, or another way (DM legal). */
		GONE,

		/** A person must fix Violet's installation: parked, admins told once. */
		FIXABLE,

		/** Violet's request was wrong: parked, never repeated as is. */
		INVALID,

		/** Any other answer (e.g. {@code name_taken}): returned to the work to handle. */
		OTHER

	}

}
