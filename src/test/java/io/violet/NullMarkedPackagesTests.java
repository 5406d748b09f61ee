package io.violet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package of the application says that its types are non-null unless marked
 * {@code @Nullable}: a new package without a {@code package-info.java} carrying
 * {@code @NullMarked} fails here.
 */
class NullMarkedPackagesTests {

	@Test
	void everyMainPackageIsNullMarked() throws IOException {
		Path root = Path.of("src/main/java");
		List<Path> packages;
		try (Stream<Path> files = Files.walk(root)) {
			packages = files.filter((p) -> p.toString().endsWith(".java"))
				.map(Path::getParent)
				.distinct()
				.sorted()
				.toList();
		}
		assertThat(packages).isNotEmpty();
		for (Path dir : packages) {
			String name = root.relativize(dir).toString().replace('/', '.');
			assertThat(dir.resolve("package-info.java")).as("package-info.java in %s", name).exists();
			assertThat(Files.readString(dir.resolve("package-info.java"))).as("@NullMarked on package %s", name)
				.contains("@" + NullMarked.class.getName());
		}
	}

}
