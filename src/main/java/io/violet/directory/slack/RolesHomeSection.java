package io.violet.directory.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.slack.HomeSection;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * "Your roles" on the App Home.
 */
@Component
class RolesHomeSection implements HomeSection {

	private final Directory directory;

	RolesHomeSection(Directory directory) {
		this.directory = directory;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<LayoutBlock> render(String userId) {
		Set<Role> roles = this.directory.rolesOf(userId);
		String text = roles.isEmpty()
				? "*Your roles*\nYou hold no violet-team role yet. Admins assign them with `/violet role assign`."
				: "*Your roles*\n" + roles.stream()
					.map((r) -> "• " + r.title() + " (`" + r.key() + "`)"
							+ (this.directory.holders(r).backups().contains(userId) ? " — backup" : ""))
					.collect(Collectors.joining("\n")) + "\nSee everyone with `/violet role list`.";
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText(text))));
		if (this.directory.isKnownAdmin(userId)) {
			List<Role> ownerless = this.directory.leftWithoutOwner();
			if (!ownerless.isEmpty()) {
				String warning = ":warning: *Roles without an owner* (their owner was deactivated in Slack)\n"
						+ ownerless.stream()
							.map((r) -> "• " + r.title() + " (`" + r.key() + "`)")
							.collect(Collectors.joining("\n"))
						+ "\nAssign one with `/violet role assign <role> @user`.";
				blocks.add(section((s) -> s.text(markdownText(warning))));
			}
		}
		return blocks;
	}

}
