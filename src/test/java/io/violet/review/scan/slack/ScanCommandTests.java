package io.violet.review.scan.slack;

import java.util.List;

import io.violet.directory.Role;
import io.violet.initiative.bom.BomTestSupport;
import io.violet.review.scan.ScanResult;
import io.violet.review.scan.Scans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTests extends BomTestSupport {

	@Autowired
	Scans scans;

	@Test
	void aThreatAnalystRecordsAFailedScanByHand() {
		String owner = newUser();
		String key = newInitiative(owner, "Fraud").key();
		command(owner, "bom add " + key + " model fraud-gbm@2.3.0");
		String analyst = newUser();
		this.directory.assign(Role.THREAT_ANALYST, List.of(analyst), false, ADMIN);

		String text = command(analyst,
				"scan record " + key + " fraud-gbm@2.3.0 picklescan fail " + "\u201Cunsafe GLOBAL in data.pkl\u201D")
			.text();

		assertThat(text).contains("Recorded the failed picklescan scan of `fraud-gbm@2.3.0` for " + key);
		ScanResult result = this.scans.of(key).get(0);
		assertThat(result.summary()).isEqualTo("unsafe GLOBAL in data.pkl");
		assertThat(result.reportedBy()).isEqualTo(analyst);
		assertThat(awaitNotes(key, "Model scan failed", 1).get(0)).contains("Model scan failed")
			.contains("reported by <@" + analyst + ">")
			.contains("> unsafe GLOBAL in data.pkl")
			.contains("<@" + analyst + ">");
	}

	@Test
	void recordingIsCheckedAndRefusedWhereItShouldBe() {
		String owner = newUser();
		String key = newInitiative(owner, "Vision").key();
		command(owner, "bom add " + key + " model vit@1");
		String stranger = newUser();

		assertThat(command(stranger, "scan record " + key + " vit@1 modelscan pass").text())
			.contains("Only the initiative's owner");
		assertThat(command(owner, "scan record " + key + " vit@1 modelscan maybe").text())
			.contains("must be `pass` or `fail`");
		assertThat(command(owner, "scan record " + key + " vit@2 modelscan pass").text()).contains("does not list");
		assertThat(command(owner, "scan record AI-987654 vit@1 modelscan pass").text())
			.contains("no initiative AI-987654");
		assertThat(command(owner, "scan record " + key + " vit modelscan pass").text())
			.contains("is not `<name>@<version>`");
		assertThat(command(owner, "scan record " + key + " vit@1").text()).contains("takes the initiative");
		assertThat(command(owner, "scan").text()).contains("Which scan command?");
		assertThat(this.scans.of(key)).isEmpty();

		assertThat(command(owner, "scan record " + key + " vit@1 modelscan pass").text())
			.contains("Recorded the passed modelscan scan");
		assertThat(this.scans.of(key)).hasSize(1);
	}

}
