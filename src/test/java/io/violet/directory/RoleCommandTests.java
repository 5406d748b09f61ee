package io.violet.directory;

import io.violet.testing.SlackEndToEnd;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class RoleCommandTests extends SlackEndToEnd {

	@Autowired
	Directory directory;

	@Test
	void adminAssignsOwnersWithMentionsAndEveryoneCanAsk() {
		Answer assigned = command(ADMIN, "role assign legal <@U100|alice> <@U200|bob>");
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.text()).contains("Added <@U100>, <@U200> as owners of *Legal*");
		assertThat(this.directory.holders(Role.LEGAL).primary()).contains("U100");

		Answer who = command("U999", "role who legal");
		assertThat(who.text()).contains("<@U100> (primary)").contains("<@U200>");
	}

}
