package io.violet.training;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session ids as users type them: {@code S-n} in either case, blanks around it ignored;
 * anything else (no number, a zero, a leading zero, a number past a long) is no id.
 */
class SessionKeyTests {

	@Test
	void readsWhatUsersTypeAndShowsItBack() {
		assertThat(SessionKey.parse("S-12")).contains(new SessionKey(12));
		assertThat(SessionKey.parse(" s-7 ")).contains(new SessionKey(7));
		assertThat(new SessionKey(12).text()).isEqualTo("S-12");
		assertThat("cancel " + new SessionKey(3)).isEqualTo("cancel S-3");
	}

	@Test
	void refusesWhatIsNoSessionId() {
		for (String text : new String[] { "", "S-", "S-0", "S-012", "12", "S12", "S-1x", "S-" + "9".repeat(19) }) {
			assertThat(SessionKey.parse(text)).as(text).isEmpty();
		}
	}

}
