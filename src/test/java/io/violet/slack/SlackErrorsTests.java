package io.violet.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlackErrorsTests {

	@Test
	void accountInactiveIsVioletsDeadTokenNotAPersonWhoLeft() {
		// Slack: "Authentication token is for a deleted user or workspace when using a
		// bot token"
		assertThat(SlackErrors.classify("account_inactive")).isEqualTo(SlackErrors.Kind.FIXABLE);
		assertThat(SlackErrors.parks("account_inactive")).isTrue();
		assertThat(SlackErrors.tellAdmins("account_inactive")).isTrue();
		assertThat(SlackErrors.whatToDo("account_inactive", SlackMethod.CONVERSATIONS_OPEN)).contains("SLACK_BOT_TOKEN",
				"deleted bot user or workspace", "reinstall");
		assertThat(SlackErrors.whatToDo("account_inactive", SlackMethod.CONVERSATIONS_OPEN))
			.doesNotContain("role directory");
	}

	@Test
	void aDeactivatedPersonIsGone() {
		assertThat(SlackErrors.classify("user_disabled")).isEqualTo(SlackErrors.Kind.GONE);
		assertThat(SlackErrors.parks("user_disabled")).isFalse();
		assertThat(SlackErrors.whatToDo("user_disabled", SlackMethod.CONVERSATIONS_OPEN)).contains("role directory");
	}

}
