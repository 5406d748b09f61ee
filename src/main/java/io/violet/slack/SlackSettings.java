package io.violet.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How Violet talks to Slack.
 *
 * @param botToken the bot token ({@code SLACK_BOT_TOKEN})
 * @param signingSecret the signing secret ({@code SLACK_SIGNING_SECRET}), HTTP mode
 * @param appToken the app-level token ({@code SLACK_APP_TOKEN}); when set, Socket Mode
 * @param apiUrl the Web API base ({@code VIOLET_SLACK_API_URL})
 * @param maxBodyBytes the largest request body {@code /slack/events} accepts
 */
@ConfigurationProperties("violet.slack")
public record SlackSettings(@DefaultValue("") String botToken, @DefaultValue("") String signingSecret,
		@DefaultValue("") String appToken, @DefaultValue("https://slack.com/api/") String apiUrl,
		@DefaultValue("65536") int maxBodyBytes) {

	public boolean socketMode() {
		return StringUtils.hasText(this.appToken);
	}

	/**
	 * The Web API base with the trailing slash the SDK expects.
	 * @return the base URL
	 */
	public String apiBase() {
		return this.apiUrl.endsWith("/") ? this.apiUrl : this.apiUrl + "/";
	}

}
