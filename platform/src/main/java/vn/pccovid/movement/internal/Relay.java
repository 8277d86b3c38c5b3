package vn.pccovid.movement.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.annotation.PreDestroy;

/**
 * The live feed between a province's checkpoints (K9): every passage is sent as a server-sent event
 * ({@code event: passage}) to every open feed of the checkpoint's province. In-process: the feeds of one node see the
 * passages scanned on that node (several nodes would relay through the event externalization; not built). Sends
 * run on one thread of their own, so a slow screen never holds up a scan.
 */
@Component
class Relay {

	private final Map<String, Set<SseEmitter>> feeds = new ConcurrentHashMap<>();
	private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "movement-relay");
		thread.setDaemon(true);
		return thread;
	});

	/** Opens a feed of the province's passages (no timeout: the browser reconnects if the connection drops). */
	SseEmitter subscribe(String province) {
		SseEmitter emitter = new SseEmitter(0L);
		Set<SseEmitter> set = feeds.computeIfAbsent(province, p -> ConcurrentHashMap.newKeySet());
		set.add(emitter);
		emitter.onCompletion(() -> set.remove(emitter));
		emitter.onTimeout(() -> set.remove(emitter));
		emitter.onError(e -> set.remove(emitter));
		try {
			// A first event, so that the client knows the feed is open before the first passage.
			emitter.send(SseEmitter.event().name("open").data(province));
		}
		catch (IOException e) {
			set.remove(emitter);
		}
		return emitter;
	}

	/** Sends the passage to every feed of the province, soon, on the relay's thread. */
	void publish(String province, FeedItem item) {
		Set<SseEmitter> set = feeds.get(province);
		if (set == null || set.isEmpty()) {
			return;
		}
		sender.execute(() -> {
			for (SseEmitter emitter : set) {
				try {
					emitter.send(SseEmitter.event().name("passage").data(item, MediaType.APPLICATION_JSON));
				}
				catch (IOException | IllegalStateException e) {
					set.remove(emitter);
				}
			}
		});
	}

	/** Open feeds of a province. */
	int subscribers(String province) {
		Set<SseEmitter> set = feeds.get(province);
		return set == null ? 0 : set.size();
	}

	@PreDestroy
	void close() {
		sender.shutdownNow();
		feeds.values().forEach(set -> set.forEach(SseEmitter::complete));
	}
}
