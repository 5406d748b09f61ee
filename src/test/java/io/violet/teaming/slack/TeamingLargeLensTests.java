package io.violet.teaming.slack;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import io.violet.directory.Role;
import io.violet.initiative.bom.ComponentDraft;
import io.violet.initiative.bom.Inventory;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.LensForm;
import io.violet.teaming.internal.LensSheet;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.SessionView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest question sets Violet asks: an initiative with every attribute, high risk,
 * and components with every trait. Each lens's modal, page by page, stays within Slack's
 * limits for a modal (100 blocks, a 24-character title, 3,000 characters of private
 * metadata), and a lens longer than a page is answered over several pages, the earlier
 * ones kept as a draft until the last is submitted.
 */
class TeamingLargeLensTests extends TeamingTestSupport {

	private static final int MODAL_BLOCKS_MAX = 100;

	private static final Gson GSON = GsonFactory.createSnakeCase();

	@Autowired
	Inventory inventory;

	@Test
	void theLongestLensIsAnsweredOverSeveralPagesEachWithinSlacksLimits() {
		vacateLensRoles();
		String owner = user("OWNER");
		Map<Lens, String> people = Map.of(Lens.ML, user("ML"), Lens.SECURITY, user("SEC"), Lens.PRIVACY, user("PRIV"),
				Lens.ETHICS, user("ETH"), Lens.UX, user("UX"), Lens.LEGAL, user("LEGAL"));
		own(Role.ML_ENGINEER, people.get(Lens.ML));
		own(Role.SECURITY_ARCHITECT, people.get(Lens.SECURITY));
		own(Role.PRIVACY, people.get(Lens.PRIVACY));
		own(Role.ETHICS, people.get(Lens.ETHICS));
		own(Role.UX_DESIGNER, people.get(Lens.UX));
		own(Role.LEGAL, people.get(Lens.LEGAL));
		String key = create(owner, "\"Everything assistant\" --genai --customer-facing --third-party-model "
				+ "--personal-data --affects-people --employment --eu --risk high");
		this.inventory.add(key, component("model", "frontier-chat@4.1", "Vendor", false), owner);
		this.inventory.add(key, component("service", "pinecone-vector-index@2", null, false), owner);
		this.inventory.add(key, component("library", "langchain-agent@0.3", null, false), owner);
		this.inventory.add(key, component("service", "scoring-inference-api@1", null, false), owner);
		this.inventory.add(key, component("dataset", "hr-lakehouse@2026", null, true), owner);
		awaitThread(key);
		command(owner, "teaming start " + key);
		SessionView session = session(key);

		LensForm longest = null;
		for (Lens lens : Lens.values()) {
			LensForm form = form(session.id(), lens);
			for (int page = 0; page < LensModal.pages(form); page++) {
				withinLimits(GSON.toJson(LensModal.build(form, page)), lens, page);
			}
			if (longest == null || form.open().size() > longest.open().size()) {
				longest = form;
			}
		}
		assertThat(longest.open()).as("the longest lens needs more than one page")
			.hasSizeGreaterThan(LensModal.PAGE_SIZE);
		Lens lens = longest.lens();
		String participant = people.get(lens);
		int pages = LensModal.pages(longest);

		// the button opens the first page
		String opened = name();
		clickAs(participant, Notices.ANSWER_ACTION, session.id() + "|" + lens.key(), opened);
		String first = awaitCalls("views.open", 1, (c) -> ("trigger-" + opened).equals(c.get("trigger_id"))).get(0)
			.get("view");
		withinLimits(first, lens, 0);
		assertThat(first).contains("page 1 of " + pages).contains("Save and next");

		// each page but the last is saved and answered with the next one
		Question concern = LensModal.page(longest, pages - 1).get(0);
		for (int page = 0; page < pages; page++) {
			List<Question> questions = LensModal.page(longest, page);
			assertThat(questions).isNotEmpty().hasSizeLessThanOrEqualTo(LensModal.PAGE_SIZE);
			Answer answer = submit(participant, LensModal.CALLBACK_ID, session.id() + "|" + lens.key() + "|" + page,
					answers(questions, (q) -> q.id().equals(concern.id())
							? new String[] { "CONCERN", "high", "Nobody reviews what the agent does with HR data" }
							: new String[] { "NO_CONCERN" }));
			JsonObject body = JsonParser.parseString(answer.body()).getAsJsonObject();
			assertThat(body.get("response_action").getAsString()).isEqualTo("update");
			String view = body.get("view").toString();
			if (page < pages - 1) {
				withinLimits(view, lens, page + 1);
				assertThat(view).contains("page " + (page + 2) + " of " + pages);
				assertThat(lensView(key, lens).state()).isEqualTo(LensSheet.State.DRAFT);
			}
			else {
				assertThat(view).contains("lens of " + key + " is complete").contains("VT-1 (high)");
			}
		}
		assertThat(lensView(key, lens).state()).isEqualTo(LensSheet.State.ANSWERED);
		assertThat(lensView(key, lens).questions()).isEqualTo(longest.open().size());
		System.out.printf("TeamingLargeLensTests: %s lens, %d questions over %d pages; lenses: %s%n", lens.key(),
				longest.open().size(), pages,
				session.lenses()
					.stream()
					.sorted(Comparator.comparing((SessionView.LensView l) -> l.lens()))
					.map((l) -> l.lens().key() + "=" + l.questions())
					.toList());
	}

	private SessionView.LensView lensView(String key, Lens lens) {
		return session(key).lenses().stream().filter((l) -> l.lens() == lens).findFirst().orElseThrow();
	}

	private static void withinLimits(String viewJson, Lens lens, int page) {
		JsonObject view = JsonParser.parseString(viewJson).getAsJsonObject();
		String where = lens.key() + " page " + page;
		assertThat(view.getAsJsonArray("blocks").size()).as(where).isLessThanOrEqualTo(MODAL_BLOCKS_MAX);
		assertThat(view.getAsJsonObject("title").get("text").getAsString()).as(where).hasSizeLessThanOrEqualTo(24);
		assertThat(view.getAsJsonObject("submit").get("text").getAsString()).as(where).hasSizeLessThanOrEqualTo(24);
		assertThat(view.get("private_metadata").getAsString()).as(where).hasSizeLessThanOrEqualTo(3000);
	}

	private static ComponentDraft component(String kind, String coordinates, String supplier, boolean personal) {
		return ComponentDraft
			.read(new ComponentDraft.Input(kind, coordinates, null, supplier, null, null, null, null, null, null, null,
					null, null, personal))
			.draft();
	}

}
