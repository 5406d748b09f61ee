package io.violet.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Renders the Helm chart in {@code helm/violet} with real Helm (through helm-java) and
 * checks the Kubernetes objects it produces.
 */
class HelmChartTests {

	private static final Path CHART = Path.of("helm", "violet");

	private static final String BOT_TOKEN = "xoxb-canary-bot-token";

	private static final String SIGNING_SECRET = "canary-signing-secret";

	private static final String APP_TOKEN = "xapp-canary-app-token";

	private static final String DATABASE_PASSWORD = "canary-database-password";

	@TempDir
	Path tempDir;

	@Test
	void lintsWithDefaultValues() {
		LintResult result = new Helm(CHART).lint().strict().call();

		assertThat(result.isFailed()).as("lint messages: %s", result.getMessages()).isFalse();
	}

	@Test
	void defaultValuesRenderACompleteHttpModeRelease() {
		Release release = render("");

		assertThat(release.kinds()).contains("Deployment", "Service", "ConfigMap", "ServiceAccount")
			.doesNotContain("Ingress", "Secret", "PodDisruptionBudget", "PodMonitor", "NetworkPolicy");
		Map<String, Object> container = release.container();
		assertThat(container.get("image")).isEqualTo("violet:0.1.0");
		assertThat(secretRef(container, "SLACK_BOT_TOKEN")).containsEntry("name", "violet-secrets")
			.containsEntry("key", "SLACK_BOT_TOKEN");
		assertThat(secretRef(container, "SLACK_SIGNING_SECRET")).containsEntry("name", "violet-secrets")
			.containsEntry("key", "SLACK_SIGNING_SECRET")
			.doesNotContainKey("optional");
		assertThat(secretRef(container, "SPRING_DATASOURCE_PASSWORD")).containsEntry("name", "violet-secrets")
			.containsEntry("key", "SPRING_DATASOURCE_PASSWORD");
		assertThat(envNames(container)).doesNotContain("SLACK_APP_TOKEN");
		assertThat(release.configData()).containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://mariadb:3306/violet")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "violet")
			.containsEntry("PORT", "8080")
			.containsEntry("MANAGEMENT_SERVER_PORT", "8081")
			.containsEntry("VIOLET_TIMEZONE", "UTC")
			.doesNotContainKey("LOGGING_STRUCTURED_FORMAT_CONSOLE");
		Object configMapName = map(release.one("ConfigMap"), "metadata").get("name");
		assertThat(list(container, "envFrom")).extracting(source -> map(source, "configMapRef").get("name"))
			.containsExactly(configMapName);
		Map<String, Object> podSpec = release.podSpec();
		assertThat(podSpec.get("enableServiceLinks")).isEqualTo(false);
		assertThat(podSpec.get("terminationGracePeriodSeconds")).isEqualTo(45);
		assertThat(map(release.one("Deployment"), "spec", "strategy", "rollingUpdate")).containsEntry("maxSurge", 1)
			.containsEntry("maxUnavailable", 0);
		assertThat(map(release.one("Deployment"), "spec", "template", "metadata", "annotations"))
			.containsKey("checksum/config");
	}

	@Test
	void violetSettingsGoIntoTheConfigMap() {
		Map<String, Object> data = render("""
				violet:
				  initiativesChannel: C0INITS
				  incidentsChannel: C0INCIDENTS
				  admins: [U0ADA, U0GRACE]
				  timezone: Europe/Vienna
				slack:
				  apiUrl: https://slack-gov.com/api/
				database:
				  url: jdbc:mariadb://db.internal:3306/violet
				  username: violet_app
				""").configData();

		assertThat(data).containsEntry("VIOLET_INITIATIVES_CHANNEL", "C0INITS")
			.containsEntry("VIOLET_INCIDENTS_CHANNEL", "C0INCIDENTS")
			.containsEntry("VIOLET_ADMINS", "U0ADA,U0GRACE")
			.containsEntry("VIOLET_TIMEZONE", "Europe/Vienna")
			.containsEntry("VIOLET_SLACK_API_URL", "https://slack-gov.com/api/")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:mariadb://db.internal:3306/violet")
			.containsEntry("SPRING_DATASOURCE_USERNAME", "violet_app");
		assertThat(render("violet: {admins: 'U0ADA,U0GRACE'}").configData()).containsEntry("VIOLET_ADMINS",
				"U0ADA,U0GRACE");
	}

	@Test
	void changedSettingsRollThePods() {
		Object before = map(render("").one("Deployment"), "spec", "template", "metadata", "annotations")
			.get("checksum/config");
		Object after = map(render("violet: {timezone: Europe/Berlin}").one("Deployment"), "spec", "template",
				"metadata", "annotations")
			.get("checksum/config");

		assertThat(after).isNotNull().isNotEqualTo(before);
	}

	@Test
	void httpModeWithIngressAndTlsRoutesOnlyTheAppServicePort() {
		Release release = render("""
				ingress:
				  enabled: true
				  className: nginx
				  annotations:
				    cert-manager.io/cluster-issuer: letsencrypt
				  hosts:
				    - host: violet.example.org
				      paths:
				        - path: /
				          pathType: Prefix
				  tls:
				    - secretName: violet-tls
				      hosts: [violet.example.org]
				""");

		Map<String, Object> ingress = release.one("Ingress");
		Map<String, Object> spec = map(ingress, "spec");
		assertThat(spec.get("ingressClassName")).isEqualTo("nginx");
		assertThat(map(ingress, "metadata", "annotations")).containsEntry("cert-manager.io/cluster-issuer",
				"letsencrypt");
		assertThat(list(spec, "tls")).singleElement().satisfies(tls -> {
			assertThat(tls.get("secretName")).isEqualTo("violet-tls");
			assertThat(tls.get("hosts")).isEqualTo(List.of("violet.example.org"));
		});
		List<Map<String, Object>> rules = list(spec, "rules");
		assertThat(rules).singleElement()
			.satisfies(rule -> assertThat(rule.get("host")).isEqualTo("violet.example.org"));
		String serviceName = (String) map(release.one("Service"), "metadata").get("name");
		List<Map<String, Object>> paths = list(map(rules.get(0), "http"), "paths");
		assertThat(paths).isNotEmpty().allSatisfy(path -> {
			Map<String, Object> backend = map(path, "backend", "service");
			assertThat(backend.get("name")).isEqualTo(serviceName);
			assertThat(map(backend, "port")).isEqualTo(Map.of("name", "http"));
		});
		assertThat(list(map(release.one("Service"), "spec"), "ports")).extracting(port -> port.get("name"))
			.containsExactly("http");
	}

	@Test
	void socketModeTakesTheAppTokenFromTheSecretAndNeedsNoIngress() {
		Release release = render("""
				slack:
				  socketMode: true
				""");

		assertThat(release.kinds()).doesNotContain("Ingress");
		Map<String, Object> container = release.container();
		assertThat(plainValue(container, "SLACK_APP_TOKEN")).isNull();
		assertThat(secretRef(container, "SLACK_APP_TOKEN")).containsEntry("name", "violet-secrets")
			.containsEntry("key", "SLACK_APP_TOKEN");
		assertThat(secretRef(container, "SLACK_SIGNING_SECRET")).containsEntry("optional", true);
	}

	@Test
	void socketModeWithACreatedSecretNeedsNoSigningSecret() {
		Release release = render("""
				slack:
				  socketMode: true
				secrets:
				  create: true
				  botToken: %s
				  appToken: %s
				  databasePassword: %s
				""".formatted(BOT_TOKEN, APP_TOKEN, DATABASE_PASSWORD));

		Map<String, Object> secret = release.one("Secret");
		assertThat(map(secret, "data")).containsOnlyKeys("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN",
				"SPRING_DATASOURCE_PASSWORD");
		assertThat(secretRef(release.container(), "SLACK_APP_TOKEN")).containsEntry("name",
				map(secret, "metadata").get("name"));
	}

	@Test
	void threeReplicasWithAnExistingSecretGetADisruptionBudgetAndAntiAffinity() {
		Release release = render("""
				replicaCount: 3
				podAntiAffinity: hard
				secrets:
				  existingSecret: team-violet
				""");

		Map<String, Object> deployment = release.one("Deployment");
		assertThat(map(deployment, "spec").get("replicas")).isEqualTo(3);
		Map<String, Object> selectorLabels = map(deployment, "spec", "selector", "matchLabels");
		Map<String, Object> pdb = release.one("PodDisruptionBudget");
		assertThat(map(pdb, "spec").get("minAvailable")).isEqualTo(1);
		assertThat(map(pdb, "spec", "selector", "matchLabels")).isEqualTo(selectorLabels);
		List<Map<String, Object>> terms = list(map(release.podSpec(), "affinity", "podAntiAffinity"),
				"requiredDuringSchedulingIgnoredDuringExecution");
		assertThat(terms).singleElement().satisfies(term -> {
			assertThat(term.get("topologyKey")).isEqualTo("kubernetes.io/hostname");
			assertThat(map(term, "labelSelector", "matchLabels")).isEqualTo(selectorLabels);
		});
		assertThat(release.objects("Secret")).isEmpty();
		assertThat(secretRef(release.container(), "SLACK_BOT_TOKEN")).containsEntry("name", "team-violet");
		assertThat(secretRef(release.container(), "SPRING_DATASOURCE_PASSWORD")).containsEntry("name", "team-violet");
	}

	@Test
	void oneReplicaGetsNoDisruptionBudgetUnlessForced() {
		assertThat(render("podAntiAffinity: none").kinds()).doesNotContain("PodDisruptionBudget");
		assertThat(render("podAntiAffinity: none").podSpec()).doesNotContainKey("affinity");
		assertThat(render("podDisruptionBudget: {enabled: true}").kinds()).contains("PodDisruptionBudget");
	}

	@Test
	void probesUseTheManagementPort() {
		Map<String, Object> container = render("").container();

		assertThat(list(container, "ports")).extracting(port -> port.get("name") + ":" + port.get("containerPort"))
			.containsExactly("http:8080", "management:8081");
		assertThat(map(container, "startupProbe", "httpGet")).containsEntry("port", "management");
		assertThat(map(container, "livenessProbe", "httpGet")).containsEntry("port", "management")
			.containsEntry("path", "/actuator/health/liveness");
		assertThat(map(container, "readinessProbe", "httpGet")).containsEntry("port", "management")
			.containsEntry("path", "/actuator/health/readiness");
	}

	@Test
	void secretValuesNeverReachAConfigMapOrAPlainEnvValue() {
		Release release = render("""
				slack:
				  socketMode: true
				logging:
				  json: true
				secrets:
				  create: true
				  botToken: %s
				  signingSecret: %s
				  appToken: %s
				  databasePassword: %s
				""".formatted(BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, DATABASE_PASSWORD));
		List<String> canaries = List.of(BOT_TOKEN, SIGNING_SECRET, APP_TOKEN, DATABASE_PASSWORD);

		Map<String, Object> secretData = map(release.one("Secret"), "data");
		assertThat(secretData.values()).extracting(value -> decode((String) value))
			.containsExactlyInAnyOrderElementsOf(canaries);
		Map<String, Object> configData = release.configData();
		assertThat(configData).containsOnlyKeys("PORT", "MANAGEMENT_SERVER_PORT", "SPRING_DATASOURCE_URL",
				"SPRING_DATASOURCE_USERNAME", "VIOLET_TIMEZONE", "LOGGING_STRUCTURED_FORMAT_CONSOLE");
		assertThat(configData).containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
		for (Map<String, Object> configMap : release.objects("ConfigMap")) {
			assertThat(String.valueOf(configMap.get("data"))).doesNotContain(canaries);
		}
		List<Map<String, Object>> env = list(release.container(), "env");
		assertThat(env).extracting(entry -> String.valueOf(entry.get("value")))
			.noneMatch(value -> canaries.stream().anyMatch(value::contains));
		for (String name : List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN",
				"SPRING_DATASOURCE_PASSWORD")) {
			assertThat(plainValue(release.container(), name)).as(name).isNull();
			assertThat(secretRef(release.container(), name)).as(name).containsEntry("name", "violet");
		}
		String everythingButTheSecret = release.objects()
			.stream()
			.filter(object -> !"Secret".equals(object.get("kind")))
			.map(String::valueOf)
			.collect(Collectors.joining("\n"));
		assertThat(everythingButTheSecret).doesNotContain(canaries);
	}

	@Test
	void podsRunAsNonRootWithAReadOnlyRootFilesystem() {
		Release release = render("");
		Map<String, Object> podSpec = release.podSpec();
		Map<String, Object> container = release.container();

		Map<String, Object> podSecurity = map(podSpec, "securityContext");
		assertThat(podSecurity).containsEntry("runAsNonRoot", true)
			.containsEntry("runAsUser", 10001)
			.containsEntry("runAsGroup", 10001)
			.containsEntry("fsGroup", 10001);
		assertThat(map(podSecurity, "seccompProfile")).containsEntry("type", "RuntimeDefault");
		Map<String, Object> containerSecurity = map(container, "securityContext");
		assertThat(containerSecurity).containsEntry("readOnlyRootFilesystem", true)
			.containsEntry("allowPrivilegeEscalation", false);
		assertThat(map(containerSecurity, "capabilities").get("drop")).isEqualTo(List.of("ALL"));
		assertThat(list(container, "volumeMounts")).singleElement()
			.satisfies(mount -> assertThat(mount).containsEntry("mountPath", "/tmp").containsEntry("name", "tmp"));
		assertThat(list(podSpec, "volumes")).singleElement().satisfies(volume -> {
			assertThat(volume).containsEntry("name", "tmp");
			assertThat(volume).containsKey("emptyDir");
		});
		assertThat((String) plainValue(container, "JAVA_TOOL_OPTIONS")).contains("-Djava.io.tmpdir=/tmp")
			.contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void serviceExposesOnlyTheAppPort() {
		Map<String, Object> service = render("""
				service:
				  port: 8000
				""").one("Service");

		assertThat(list(map(service, "spec"), "ports")).singleElement().satisfies(port -> {
			assertThat(port).containsEntry("name", "http")
				.containsEntry("port", 8000)
				.containsEntry("targetPort", "http");
		});
	}

	@Test
	void metricsAreScrapedFromTheManagementPort() {
		Release release = render("""
				metrics:
				  podMonitor:
				    enabled: true
				    labels: {release: prometheus}
				""");

		Map<String, Object> podMonitor = release.one("PodMonitor");
		assertThat(podMonitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
		assertThat(map(podMonitor, "metadata", "labels")).containsEntry("release", "prometheus");
		assertThat(list(map(podMonitor, "spec"), "podMetricsEndpoints")).singleElement()
			.satisfies(endpoint -> assertThat(endpoint).containsEntry("port", "management")
				.containsEntry("path", "/actuator/prometheus"));

		Map<String, Object> annotations = map(render("metrics: {scrapeAnnotations: true}").one("Deployment"), "spec",
				"template", "metadata", "annotations");
		assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
			.containsEntry("prometheus.io/port", "8081")
			.containsEntry("prometheus.io/path", "/actuator/prometheus");
	}

	@Test
	void networkPolicyOpensTheManagementPortOnlyToMonitoring() {
		Map<String, Object> policy = render("networkPolicy: {enabled: true}").one("NetworkPolicy");

		Map<String, Object> spec = map(policy, "spec");
		assertThat(spec.get("policyTypes")).isEqualTo(List.of("Ingress"));
		List<Map<String, Object>> rules = list(spec, "ingress");
		assertThat(rules).hasSize(2);
		assertThat(list(rules.get(0), "ports")).extracting(port -> port.get("port")).containsExactly("http");
		assertThat(rules.get(0)).doesNotContainKey("from");
		assertThat(list(rules.get(1), "ports")).extracting(port -> port.get("port")).containsExactly("management");
		assertThat(list(rules.get(1), "from")).singleElement()
			.satisfies(peer -> assertThat(map(peer, "namespaceSelector", "matchLabels"))
				.containsEntry("kubernetes.io/metadata.name", "monitoring"));
	}

	@Test
	void aMissingExistingSecretFailsWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> render("secrets: {existingSecret: ''}"))
			.withMessageContaining("secrets.existingSecret is required when secrets.create is false");
	}

	@Test
	void aCreatedSecretWithoutItsValuesFailsWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> render("secrets: {create: true}"))
			.withMessageContaining("secrets.botToken is required when secrets.create is true");
		assertThatIllegalStateException().isThrownBy(() -> render("""
				slack: {socketMode: true}
				secrets: {create: true, botToken: b, databasePassword: p}
				""")).withMessageContaining("secrets.appToken is required");
	}

	@Test
	void aTrackerTakesItsTokenAndWebhookSecretFromTheSecretAndItsSettingsFromTheConfigMap() {
		Release release = render("""
				tracker:
				  kind: jira
				  url: https://acme.atlassian.net
				  project: OPS
				  user: violet-bot@acme.example
				  issueType: Bug
				  labels: [violet, ai-governance]
				secrets:
				  create: true
				  botToken: %s
				  signingSecret: %s
				  databasePassword: %s
				  trackerToken: canary-tracker-token
				  trackerWebhookSecret: canary-webhook-secret
				""".formatted(BOT_TOKEN, SIGNING_SECRET, DATABASE_PASSWORD));

		assertThat(release.configData()).containsEntry("VIOLET_TRACKER", "jira")
			.containsEntry("VIOLET_TRACKER_URL", "https://acme.atlassian.net")
			.containsEntry("VIOLET_TRACKER_PROJECT", "OPS")
			.containsEntry("VIOLET_TRACKER_USER", "violet-bot@acme.example")
			.containsEntry("VIOLET_TRACKER_ISSUE_TYPE", "Bug")
			.containsEntry("VIOLET_TRACKER_LABELS", "violet,ai-governance")
			.doesNotContainKeys("VIOLET_TRACKER_TOKEN", "VIOLET_TRACKER_WEBHOOK_SECRET");
		Map<String, Object> container = release.container();
		assertThat(secretRef(container, "VIOLET_TRACKER_TOKEN")).containsEntry("name", "violet")
			.containsEntry("key", "VIOLET_TRACKER_TOKEN")
			.doesNotContainKey("optional");
		assertThat(secretRef(container, "VIOLET_TRACKER_WEBHOOK_SECRET")).containsEntry("name", "violet")
			.containsEntry("key", "VIOLET_TRACKER_WEBHOOK_SECRET")
			.containsEntry("optional", true);
		assertThat(map(release.one("Secret"), "data").get("VIOLET_TRACKER_TOKEN"))
			.satisfies(value -> assertThat(decode((String) value)).isEqualTo("canary-tracker-token"));
		String everythingButTheSecret = release.objects()
			.stream()
			.filter(object -> !"Secret".equals(object.get("kind")))
			.map(String::valueOf)
			.collect(Collectors.joining("\n"));
		assertThat(everythingButTheSecret).doesNotContain("canary-tracker-token", "canary-webhook-secret");

		Release github = render("""
				tracker:
				  kind: github
				  project: acme/ai-followups
				secrets:
				  existingSecret: ops-secrets
				  keys:
				    trackerToken: GITHUB_TOKEN
				""");
		assertThat(github.configData()).containsEntry("VIOLET_TRACKER", "github")
			.containsEntry("VIOLET_TRACKER_PROJECT", "acme/ai-followups")
			.doesNotContainKeys("VIOLET_TRACKER_URL", "VIOLET_TRACKER_USER");
		assertThat(secretRef(github.container(), "VIOLET_TRACKER_TOKEN")).containsEntry("name", "ops-secrets")
			.containsEntry("key", "GITHUB_TOKEN");
	}

	@Test
	void withoutATrackerNothingOfItIsRendered() {
		Release release = render("");
		assertThat(release.configData()).doesNotContainKeys("VIOLET_TRACKER", "VIOLET_TRACKER_PROJECT");
		assertThat(envNames(release.container())).doesNotContain("VIOLET_TRACKER_TOKEN",
				"VIOLET_TRACKER_WEBHOOK_SECRET");
	}

	@Test
	void aTrackerWithoutItsSettingsFailsWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> render("tracker: {kind: gitlab, project: x}"))
			.withMessageContaining("tracker.kind must be jira, github or empty");
		assertThatIllegalStateException().isThrownBy(() -> render("tracker: {kind: jira, project: OPS}"))
			.withMessageContaining("tracker.url is required when tracker.kind is jira");
		assertThatIllegalStateException()
			.isThrownBy(() -> render("tracker: {kind: github, url: 'https://api.github.com'}"))
			.withMessageContaining("tracker.project is required when tracker.kind is set");
		assertThatIllegalStateException().isThrownBy(() -> render("""
				tracker: {kind: github, project: acme/x}
				secrets:
				  create: true
				  botToken: b
				  signingSecret: s
				  databasePassword: d
				""")).withMessageContaining("secrets.trackerToken is required");
	}

	@Test
	void aMissingDatabaseUrlFailsWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> render("database: {url: ''}"))
			.withMessageContaining("database.url is required");
	}

	private Release render(String values) {
		try {
			Path file = Files.createTempFile(this.tempDir, "values", ".yaml");
			Files.writeString(file, values);
			String manifest = new Helm(CHART).template().withName("violet").withValuesFile(file).call();
			return Release.parse(manifest);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> secretRef(Map<String, Object> container, String name) {
		return map(env(container, name), "valueFrom", "secretKeyRef");
	}

	private static Object plainValue(Map<String, Object> container, String name) {
		return env(container, name).get("value");
	}

	private static Map<String, Object> env(Map<String, Object> container, String name) {
		return list(container, "env").stream()
			.filter(entry -> name.equals(entry.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no env entry " + name + " in " + envNames(container)));
	}

	private static List<Object> envNames(Map<String, Object> container) {
		return list(container, "env").stream().map(entry -> entry.get("name")).toList();
	}

	private static String decode(String base64) {
		return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object object, String... path) {
		Object current = object;
		for (String key : path) {
			assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
			current = ((Map<String, Object>) current).get(key);
		}
		assertThat(current).as(String.join(".", path)).isInstanceOf(Map.class);
		return (Map<String, Object>) current;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		Object value = parent.get(key);
		assertThat(value).as(key).isInstanceOf(List.class);
		return (List<Map<String, Object>>) value;
	}

	/**
	 * The objects of one rendered release.
	 */
	record Release(List<Map<String, Object>> objects) {

		@SuppressWarnings("unchecked")
		static Release parse(String manifest) {
			Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
			List<Map<String, Object>> objects = new ArrayList<>();
			StreamSupport.stream(yaml.loadAll(manifest).spliterator(), false)
				.filter(Objects::nonNull)
				.forEach(document -> objects.add((Map<String, Object>) document));
			return new Release(List.copyOf(objects));
		}

		List<String> kinds() {
			return this.objects.stream().map(object -> (String) object.get("kind")).toList();
		}

		List<Map<String, Object>> objects(String kind) {
			return this.objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
		}

		Map<String, Object> one(String kind) {
			List<Map<String, Object>> found = objects(kind);
			assertThat(found).as("objects of kind %s", kind).hasSize(1);
			return found.get(0);
		}

		Map<String, Object> podSpec() {
			return map(one("Deployment"), "spec", "template", "spec");
		}

		Map<String, Object> container() {
			List<Map<String, Object>> containers = list(podSpec(), "containers");
			assertThat(containers).hasSize(1);
			return containers.get(0);
		}

		Map<String, Object> configData() {
			return map(one("ConfigMap"), "data");
		}

	}

}
