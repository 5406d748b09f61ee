package io.violet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.violet.slack.Mrkdwn;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.violet");

	@Test
	void onlySlackPackagesUseTheSlackSdk() {
		noClasses().that()
			.resideOutsideOfPackage("..slack..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.slack.api..")
			.because("domain code stays independent of Slack (DESIGN.md, rules of the house)")
			.check(this.classes);
	}

	@Test
	void onlySlackPackagesWriteSlackMarkup() {
		noClasses().that()
			.resideOutsideOfPackage("..slack..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(Mrkdwn.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("com.slack.api.model.block..")
			.because("the domain returns facts; each module's slack package renders them as mrkdwn and Block Kit "
					+ "(DESIGN.md, rules of the house)")
			.check(this.classes);
	}

	@Test
	void domainCodeDoesNotReachIntoSlackHandlers() {
		noClasses().that()
			.resideOutsideOfPackage("..slack..")
			.and()
			.resideOutsideOfPackage("io.violet")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.violet.*.slack..")
			.because("a module's Slack adapter depends on its domain, never the other way round")
			.check(this.classes);
	}

}
