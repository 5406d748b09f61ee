package io.violet;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.violet.directory.Role;
import io.violet.initiative.Attribute;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import io.violet.initiative.bom.ComponentKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one lookup of keyed enums: every constant is found by its key as typed (any case,
 * blanks around it), keys are unique, and a wrong key finds nothing.
 */
class KeyedTests {

	@Test
	void everyConstantIsFoundByItsKeyAsTyped() {
		roundTrips(Role.class, Role::fromKey);
		roundTrips(RiskTier.class, RiskTier::fromKey);
		roundTrips(Attribute.class, Attribute::fromKey);
		roundTrips(Stage.class, Stage::fromKey);
		roundTrips(ComponentKind.class, ComponentKind::fromKey);
	}

	@Test
	void aWrongKeyFindsNothing() {
		assertThat(Role.fromKey("boss")).isEmpty();
		assertThat(RiskTier.fromKey("")).isEmpty();
		assertThat(Attribute.fromKey("--personal-data")).isEmpty();
		assertThat(Stage.fromKey("in development")).isEmpty();
		assertThat(ComponentKind.fromKey("models")).isEmpty();
	}

	@Test
	void keysAreListedInTheirOrder() {
		assertThat(ComponentKind.allKeys()).isEqualTo("model|dataset|library|service");
		assertThat(RiskTier.allKeys()).isEqualTo("minimal|limited|high|prohibited");
		assertThat(Role.allKeys()).startsWith("ml-engineer data-scientist ").endsWith(" ai-operator");
		assertThat(RiskTier.fromKey(" Transparency ")).contains(RiskTier.LIMITED);
	}

	private static <E extends Enum<E> & Keyed> void roundTrips(Class<E> type, Function<String, Optional<E>> lookup) {
		List<String> keys = java.util.Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
		assertThat(keys).as("keys of %s", type.getSimpleName()).doesNotHaveDuplicates();
		for (E constant : type.getEnumConstants()) {
			assertThat(lookup.apply(constant.key())).contains(constant);
			assertThat(lookup.apply("  " + constant.key().toUpperCase(java.util.Locale.ROOT) + " ")).contains(constant);
		}
	}

}
