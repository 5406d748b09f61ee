package io.violet.review;

import io.violet.VioletApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewModuleStructureTests {

	private final ApplicationModules modules = ApplicationModules.of(VioletApplication.class);

	@Test
	void reviewDependsOnInitiativeAndNotTheOtherWayRound() {
		ApplicationModule initiative = this.modules.getModuleByName("initiative").orElseThrow();
		ApplicationModule review = this.modules.getModuleByName("review").orElseThrow();
		assertThat(review.getDirectDependencies(this.modules).stream().map((d) -> d.getTargetModule().getIdentifier()))
			.extracting(Object::toString)
			.contains("initiative");
		assertThat(
				initiative.getDirectDependencies(this.modules).stream().map((d) -> d.getTargetModule().getIdentifier()))
			.extracting(Object::toString)
			.doesNotContain("review");
	}

}
