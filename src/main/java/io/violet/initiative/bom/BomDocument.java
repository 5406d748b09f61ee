package io.violet.initiative.bom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.violet.initiative.InitiativeSummary;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalContact;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.data.ComponentData;
import org.cyclonedx.model.component.data.DatasetChoice;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.ModelParameters;
import org.cyclonedx.model.component.modelCard.consideration.Risk;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.parsers.JsonParser;

/**
 * Turns an initiative's inventory into a CycloneDX 1.6 ML-BOM and checks it against the
 * 1.6 JSON schema. Models become {@code machine-learning-model} components with a
 * {@code modelCard}, datasets {@code data} components, libraries {@code library}
 * components and services {@code services}; the initiative is the root component and
 * depends on each of them.
 */
public final class BomDocument {

	/** The CycloneDX version Violet writes; 1.6 is the first with the full ML-BOM. */
	public static final Version VERSION = Version.VERSION_16;

	private static final String PREFIX = "violet:";

	private static final Set<String> SPDX_IDS = loadSpdxIds();

	private BomDocument() {
	}

	/**
	 * Builds the BOM.
	 * @param initiative the initiative, the root component
	 * @param components its inventory
	 * @param timestamp when the BOM is made
	 * @param toolVersion Violet's version
	 * @return the BOM
	 */
	public static Bom build(InitiativeSummary initiative, List<BomComponent> components, Instant timestamp,
			String toolVersion) {
		Bom bom = new Bom();
		bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
		bom.setVersion(1);
		bom.setMetadata(metadata(initiative, timestamp, toolVersion));
		String rootRef = bom.getMetadata().getComponent().getBomRef();
		Map<String, BomComponent> datasetsByName = components.stream()
			.filter((c) -> c.kind() == ComponentKind.DATASET)
			.collect(Collectors.toMap((c) -> c.name().toLowerCase(java.util.Locale.ROOT), Function.identity(),
					(a, b) -> a));
		List<Component> bomComponents = new ArrayList<>();
		List<Service> services = new ArrayList<>();
		Dependency root = new Dependency(rootRef);
		for (BomComponent component : components) {
			if (component.kind() == ComponentKind.SERVICE) {
				services.add(service(component));
			}
			else {
				bomComponents.add(component(component, datasetsByName));
			}
			root.addDependency(new Dependency(component.bomRef()));
		}
		bom.setComponents(bomComponents);
		if (!services.isEmpty()) {
			bom.setServices(services);
		}
		List<Dependency> dependencies = new ArrayList<>();
		dependencies.add(root);
		components.forEach((c) -> dependencies.add(new Dependency(c.bomRef())));
		bom.setDependencies(dependencies);
		return bom;
	}

	/**
	 * Writes the BOM as CycloneDX 1.6 JSON.
	 * @param bom the BOM
	 * @return the JSON document
	 */
	public static String json(Bom bom) {
		try {
			return BomGeneratorFactory.createJson(VERSION, bom).toJsonString();
		}
		catch (GeneratorException ex) {
			throw new IllegalStateException("The CycloneDX document could not be written", ex);
		}
	}

	/**
	 * Checks a document against the CycloneDX 1.6 JSON schema.
	 * @param document the JSON document
	 * @return the schema violations, empty when it is valid
	 */
	public static List<String> validate(String document) {
		try {
			return new JsonParser().validate(document.getBytes(StandardCharsets.UTF_8), VERSION)
				.stream()
				.map(ParseException::getMessage)
				.toList();
		}
		catch (IOException ex) {
			return List.of("the document could not be read: " + ex.getMessage());
		}
	}

	private static Metadata metadata(InitiativeSummary initiative, Instant timestamp, String toolVersion) {
		Metadata metadata = new Metadata();
		metadata.setTimestamp(Date.from(timestamp));
		Component root = new Component();
		root.setType(Component.Type.APPLICATION);
		root.setBomRef("initiative:" + initiative.key());
		root.setName(initiative.name());
		root.setVersion(initiative.key());
		root.setDescription("AI initiative " + initiative.key() + ", stage " + initiative.stage() + ", EU AI Act risk "
				+ initiative.riskTier());
		root.setProperties(List.of(new Property(PREFIX + "initiative:key", initiative.key()),
				new Property(PREFIX + "initiative:owner", initiative.ownerId()),
				new Property(PREFIX + "initiative:stage", initiative.stage()),
				new Property(PREFIX + "initiative:risk-tier", initiative.riskTier())));
		metadata.setComponent(root);
		OrganizationalContact owner = new OrganizationalContact();
		owner.setName("Slack user " + initiative.ownerId());
		owner.setBomRef("owner:" + initiative.ownerId());
		metadata.setAuthors(List.of(owner));
		metadata.setProperties(List.of(new Property(PREFIX + "owner", initiative.ownerId())));
		Component tool = new Component();
		tool.setType(Component.Type.APPLICATION);
		tool.setName("Violet");
		tool.setVersion(toolVersion);
		ToolInformation tools = new ToolInformation();
		tools.setComponents(List.of(tool));
		metadata.setToolChoice(tools);
		return metadata;
	}

	private static Component component(BomComponent source, Map<String, BomComponent> datasetsByName) {
		Component component = new Component();
		component.setBomRef(source.bomRef());
		component.setName(source.name());
		component.setVersion(source.version());
		component.setType(switch (source.kind()) {
			case MODEL -> Component.Type.MACHINE_LEARNING_MODEL;
			case DATASET -> Component.Type.DATA;
			default -> Component.Type.LIBRARY;
		});
		if (source.supplier() != null) {
			component.setSupplier(organisation(source.supplier()));
		}
		if (source.license() != null) {
			component.setLicenses(license(source.license()));
		}
		if (source.sha256() != null) {
			component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, source.sha256())));
		}
		if (source.url() != null) {
			component.setExternalReferences(List.of(reference(source.url())));
		}
		List<Property> properties = new ArrayList<>();
		properties.add(new Property(PREFIX + "outside", Boolean.toString(source.outside())));
		properties.add(new Property(PREFIX + "added-by", source.addedBy()));
		if (source.kind() == ComponentKind.MODEL) {
			component.setModelCard(modelCard(source, datasetsByName));
		}
		if (source.kind() == ComponentKind.DATASET) {
			component.setData(List.of(dataset(source)));
			properties.add(new Property(PREFIX + "personal-data", Boolean.toString(source.personalData())));
			if (source.provenance() != null) {
				component.setDescription("Provenance: " + source.provenance());
			}
		}
		component.setProperties(properties);
		return component;
	}

	private static ModelCard modelCard(BomComponent source, Map<String, BomComponent> datasetsByName) {
		ModelCard card = new ModelCard();
		card.setBomRef("model-card:" + source.coordinates());
		ModelParameters parameters = new ModelParameters();
		if (source.approach() != null) {
			ModelParameters.Approach approach = new ModelParameters.Approach();
			approach.setType(ModelParameters.Approach.ApproachType.valueOf(source.approach().name()));
			parameters.setApproach(approach);
		}
		parameters.setTask(source.task());
		if (!source.datasetsUsed().isEmpty()) {
			List<DatasetChoice> datasets = new ArrayList<>();
			for (String name : source.datasetsUsed()) {
				DatasetChoice choice = new DatasetChoice();
				BomComponent listed = datasetsByName.get(name.toLowerCase(java.util.Locale.ROOT));
				if (listed != null) {
					choice.setRef(listed.bomRef());
				}
				else {
					ComponentData data = new ComponentData();
					data.setType(ComponentData.ComponentDataType.DATASET);
					data.setName(name);
					choice.setComponentData(data);
				}
				datasets.add(choice);
			}
			parameters.setDatasets(datasets);
		}
		card.setModelParameters(parameters);
		if (source.limitations() != null || source.ethicalConsiderations() != null) {
			Considerations considerations = new Considerations();
			if (source.limitations() != null) {
				considerations.setTechnicalLimitations(List.of(source.limitations()));
			}
			if (source.ethicalConsiderations() != null) {
				Risk risk = new Risk();
				risk.setName(source.ethicalConsiderations());
				considerations.setEthicalConsiderations(List.of(risk));
			}
			card.setConsiderations(considerations);
		}
		return card;
	}

	private static ComponentData dataset(BomComponent source) {
		ComponentData data = new ComponentData();
		data.setBomRef("data:" + source.coordinates());
		data.setType(ComponentData.ComponentDataType.DATASET);
		data.setName(source.name());
		if (source.provenance() != null) {
			data.setDescription(source.provenance());
		}
		if (source.personalData()) {
			data.setSensitiveData(List.of("personal data"));
			data.setClassification("personal data");
		}
		return data;
	}

	private static Service service(BomComponent source) {
		Service service = new Service();
		service.setBomRef(source.bomRef());
		service.setName(source.name());
		service.setVersion(source.version());
		if (source.supplier() != null) {
			service.setProvider(organisation(source.supplier()));
		}
		if (source.license() != null) {
			service.setLicenses(license(source.license()));
		}
		if (source.url() != null) {
			service.setEndpoints(List.of(source.url()));
			service.setExternalReferences(List.of(reference(source.url())));
		}
		List<Property> properties = new ArrayList<>();
		properties.add(new Property(PREFIX + "outside", Boolean.toString(source.outside())));
		if (source.sha256() != null) {
			// services carry no hashes in CycloneDX; keep the pinned digest as a property
			properties.add(new Property(PREFIX + "sha256", source.sha256()));
		}
		service.setProperties(properties);
		return service;
	}

	private static OrganizationalEntity organisation(String name) {
		OrganizationalEntity entity = new OrganizationalEntity();
		entity.setName(name);
		return entity;
	}

	private static ExternalReference reference(String url) {
		ExternalReference reference = new ExternalReference();
		reference.setType(ExternalReference.Type.DISTRIBUTION);
		reference.setUrl(url);
		return reference;
	}

	private static LicenseChoice license(String text) {
		License license = new License();
		String id = SPDX_IDS.stream().filter((known) -> known.equalsIgnoreCase(text)).findFirst().orElse(null);
		if (id != null) {
			license.setId(id);
		}
		else {
			license.setName(text);
		}
		LicenseChoice choice = new LicenseChoice();
		choice.addLicense(license);
		return choice;
	}

	/**
	 * The SPDX license ids the CycloneDX schema accepts, from the schema shipped with
	 * cyclonedx-core-java.
	 */
	private static Set<String> loadSpdxIds() {
		try (InputStream in = BomDocument.class.getResourceAsStream("/spdx.schema.json")) {
			if (in == null) {
				return Set.of();
			}
			JsonNode schema = new ObjectMapper().readTree(in);
			Set<String> ids = new HashSet<>();
			schema.path("enum").forEach((node) -> ids.add(node.asText()));
			return Set.copyOf(ids);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
