package vn.hanoi.cooperation.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import vn.hanoi.cooperation.system.KeptSessions.KeptSession;
import vn.hanoi.cooperation.system.KeptSessions.RequestSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one session read the same kept copy; a list one of them changes in place (Spring's flash messages
 * are added and removed so, under a session lock that Spring Session's per-request session does not share) must
 * not change under the other, as it would not when each request reads its session from the store.
 */
class KeptSessionCopiesTest {

	@Test
	void eachRequestChangesItsOwnCopyOfAKeptList() {
		MapSession stored = new MapSession("kept-session");
		stored.setAttribute("flashMaps", new CopyOnWriteArrayList<>(List.of("waiting message")));
		stored.setAttribute("signedIn", "lanhdao");
		KeptSession kept = KeptSession.of(stored);
		RequestSession post = read(kept);
		RequestSession otherTab = read(kept);

		List<String> seenByPost = post.getAttribute("flashMaps");
		seenByPost.add("message of the post");

		assertThat(otherTab.<List<String>>getAttribute("flashMaps")).containsExactly("waiting message");
		assertThat(post.<List<String>>getAttribute("flashMaps")).as("the same list all through the request")
			.isSameAs(seenByPost)
			.containsExactly("waiting message", "message of the post")
			.isInstanceOf(CopyOnWriteArrayList.class);
		assertThat(read(kept).<List<String>>getAttribute("flashMaps"))
			.as("a later request").containsExactly("waiting message");
		assertThat(otherTab.<String>getAttribute("signedIn")).isEqualTo("lanhdao");
	}

	/** A request that only reads never goes to the store. */
	private static RequestSession read(KeptSession kept) {
		return new RequestSession(kept, null, null);
	}

	@Test
	void aKeptMapIsCopiedWithItsClass() {
		MapSession stored = new MapSession("kept-session");
		stored.setAttribute("choices", new java.util.LinkedHashMap<>(Map.of("year", "2024")));
		KeptSession kept = KeptSession.of(stored);

		Map<String, String> first = read(kept).getAttribute("choices");
		first.put("group", "1");

		assertThat(read(kept).<Map<String, String>>getAttribute("choices"))
			.isInstanceOf(java.util.LinkedHashMap.class)
			.containsExactly(Map.entry("year", "2024"));
	}

}
