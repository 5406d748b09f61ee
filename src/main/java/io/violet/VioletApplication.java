package io.violet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Violet: the Slack bot that runs an organisation's MLSecOps violet team.
 */
@Modulithic(systemName = "Violet")
@SpringBootApplication
@ConfigurationPropertiesScan
public class VioletApplication {

	public static void main(String[] args) {
		SpringApplication.run(VioletApplication.class, args);
	}

}
