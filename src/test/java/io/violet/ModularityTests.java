package io.violet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	/**
	 * Where the module documentation goes: {@code target/spring-modulith-docs} unless
	 * {@code -Dviolet.modules-docs=docs/modules} asks for the copy kept in the
	 * repository.
	 */
	private static final String OUTPUT = System.getProperty("violet.modules-docs", "target/spring-modulith-docs");

	private final ApplicationModules modules = ApplicationModules.of(VioletApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(OUTPUT)).writeDocumentation();
	}

}
