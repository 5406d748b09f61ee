package io.violet.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Violet as an actor is stored as {@code violet}, the id that events, reports and earlier
 * audit entries already hold, and is recognised from that id.
 */
class ActorTests {

	@Test
	void violetIsStoredAndRecognisedByItsId() {
		assertThat(Actor.VIOLET.id()).isEqualTo("violet");
		assertThat(Actor.VIOLET.is("violet")).isTrue();
		assertThat(Actor.VIOLET.is("U123")).isFalse();
		assertThat(Actor.VIOLET.is(null)).isFalse();
		assertThat(Actor.user("U123").id()).isEqualTo("U123");
	}

}
