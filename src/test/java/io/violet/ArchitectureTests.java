package io.violet;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.violet.slack.Mrkdwn;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * The classes outside {@code ..slack..} that still compose mrkdwn, frozen so that no
	 * other joins them (issue #17: the domain returns values, each module's {@code slack}
	 * package renders them). The list only shrinks: a class that stops writing mrkdwn
	 * fails {@link #theMrkdwnAllowListOnlyShrinks()} until it is taken off.
	 */
	private static final Set<String> STILL_WRITING_MRKDWN = Set.of();

	@Test
	void onlySlackPackagesWriteSlackMarkup() {
		noClasses().that()
			.resideOutsideOfPackage("..slack..")
			.and(DescribedPredicate.not(frozen()))
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
	void theMrkdwnAllowListOnlyShrinks() {
		for (String name : STILL_WRITING_MRKDWN) {
			assertThat(this.classes.contain(name)).as("%s still exists; else take it off the list", name).isTrue();
			boolean writes = this.classes.stream()
				.filter((c) -> topLevel(c).equals(name))
				.flatMap((c) -> c.getDirectDependenciesFromSelf().stream())
				.map(Dependency::getTargetClass)
				.anyMatch((target) -> target.isEquivalentTo(Mrkdwn.class));
			assertThat(writes).as("%s no longer writes mrkdwn: take it off STILL_WRITING_MRKDWN", name).isTrue();
		}
	}

	private static DescribedPredicate<JavaClass> frozen() {
		return DescribedPredicate.describe("frozen in STILL_WRITING_MRKDWN",
				(c) -> STILL_WRITING_MRKDWN.contains(topLevel(c)));
	}

	private static String topLevel(JavaClass type) {
		int nested = type.getName().indexOf('$');
		return (nested < 0) ? type.getName() : type.getName().substring(0, nested);
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
