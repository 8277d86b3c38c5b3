package vn.pccovid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.AuditLog;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;
import vn.pccovid.notification.Message;
import vn.pccovid.notification.NotificationRequest;
import vn.pccovid.notification.NotificationRequested;
import vn.pccovid.notification.Notifications;
import vn.pccovid.support.TestClock;
import vn.pccovid.support.TestClockConfiguration;

/**
 * The notification module on its own: a request lands once in the inbox however often it is published, and each
 * delivery reaches the channel exactly once through channel failures and a node that died holding a claim.
 */
@ApplicationModuleTest
// The timer would race the test's own delivery rounds; after-commit rounds stay on.
@TestPropertySource(properties = { "pccovid.notification.poll-interval=PT1H", "pccovid.notification.poll-initial-delay=PT1H" })
@Import({ TestClockConfiguration.class, NotificationModuleTest.Channel.class })
class NotificationModuleTest {

	static final AreaCode WARD = AreaCode.ward("01", "001", "00001");

	@MockitoBean
	PeopleOnPhone people;

	@MockitoBean
	AuditLog auditLog;

	@Autowired
	Notifications notifications;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Channel channel;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	UUID person;
	String phone;
	Instant started;

	@BeforeEach
	void aPersonWithAPhone() {
		started = clock.instant();
		person = UUID.randomUUID();
		phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		when(people.phonesFor(person)).thenReturn(List.of(phone));
		when(people.areaOf(person)).thenReturn(Optional.of(WARD));
	}

	// Tests move the shared clock hours ahead; put it back so the event publication registry, which reads the same
	// clock, sees sensible dates in the next test.
	@AfterEach
	void rewindTheClock() {
		clock.advance(Duration.between(clock.instant(), started));
	}

	@Test
	void aRequestPublishedTwiceLandsOnceInTheInboxAndIsTextedOnce(Scenario scenario) {
		String key = "test:" + UUID.randomUUID();
		var requested = new NotificationRequested(new NotificationRequest(person, null, "notification.test", Map.of("name", "An"), key));

		// Published, handled and sent; then published again, as a resubmitted publication would be after a crash.
		scenario.publish(requested).andWaitForStateChange(() -> handledAndSent(key), done -> done)
				.andVerify(done -> assertThat(channel.sentTo(phone)).hasSize(1));
		scenario.publish(requested).andWaitForStateChange(() -> handledAndSent(key), done -> done).andVerify(done -> {
			assertThat(jdbc.sql("SELECT count(*) FROM notification.notification WHERE person_id = ?").param(person)
					.query(Integer.class).single()).isEqualTo(1);
			assertThat(channel.sentTo(phone)).hasSize(1).first().extracting(Message::body)
					.isEqualTo("Tin nhan thu: Xin chao An, day la tin nhan thu cua PC-Covid.");
		});
	}

	@Test
	void sendingAgainWithTheSameKeyChangesNothing() {
		var request = new NotificationRequest(person, null, "notification.test", Map.of("name", "An"), "test:" + UUID.randomUUID());
		Boolean first = tx.execute(status -> notifications.send(request));
		Boolean second = tx.execute(status -> notifications.send(request));
		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM notification.delivery WHERE recipient = ?").param(phone).query(Integer.class)
				.single()).isEqualTo(1);
	}

	@Test
	void anUnknownKindIsRefusedAndNothingIsStored() {
		String key = "test:" + UUID.randomUUID();
		assertThatThrownBy(() -> tx.execute(status -> notifications.send(
				new NotificationRequest(person, null, "nobody.knows", Map.of(), key)))).isInstanceOf(IllegalArgumentException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM notification.notification WHERE idempotency_key = ?").param(key)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void aFailedAttemptIsRetriedAfterTheBackoffAndDeliveredOnce() {
		channel.failNext(phone, 1);
		tx.execute(status -> notifications.send(new NotificationRequest(person, null, "notification.test", Map.of("name", "Bình"),
				"test:" + UUID.randomUUID())));
		await(() -> "1".equals(field("attempts")) && field("last_error") != null);
		assertThat(field("status")).isEqualTo("PENDING");
		assertThat(field("last_error")).contains("gateway down");
		assertThat(channel.sentTo(phone)).isEmpty();

		worker.deliverDue();
		assertThat(channel.sentTo(phone)).as("not due before the backoff").isEmpty();
		clock.advance(Duration.ofSeconds(31));
		worker.deliverDue();
		await(() -> "SENT".equals(field("status")));
		worker.deliverDue();

		assertThat(channel.sentTo(phone)).hasSize(1);
		assertThat(field("status")).isEqualTo("SENT");
		assertThat(field("attempts")).isEqualTo("2");
		assertThat(field("body")).as("text erased once sent").isNull();
	}

	@Test
	void aClaimLeftByACrashedNodeIsRetriedWhenItsLeaseExpiresAndNeverAfterSuccess() {
		// The "crashed node": stores the request with no worker running, claims the row, and dies before sending.
		long id = jdbc.sql("""
				INSERT INTO notification.notification (idempotency_key, person_id, kind, params, created_at)
				VALUES (?, ?, 'notification.test', '{"name":"Chi"}', now()) RETURNING id""")
				.params("test:" + UUID.randomUUID(), person).query(Long.class).single();
		deliveries.add(id, person, WARD.path(), "notification.test", new Message(phone, Message.Channel.SMS, "PC-Covid", "crash"),
				clock.instant());
		List<Deliveries.Claimed> held = deliveries.claim(clock.instant(), Duration.ofMinutes(2), 1000).stream()
				.filter(c -> c.message().recipient().equals(phone)).toList();
		assertThat(held).hasSize(1);

		worker.deliverDue();
		assertThat(channel.sentTo(phone)).as("the lease still holds").isEmpty();
		clock.advance(Duration.ofMinutes(3));
		worker.deliverDue();
		assertThat(channel.sentTo(phone)).hasSize(1);
		assertThat(field("status")).isEqualTo("SENT");

		assertThat(deliveries.markSent(held.get(0).id(), clock.instant())).as("the old claim cannot record again").isFalse();
		clock.advance(Duration.ofMinutes(10));
		worker.deliverDue();
		assertThat(channel.sentTo(phone)).hasSize(1);
	}

	@Test
	void aMessageThatKeepsFailingEndsAsFailed() {
		channel.failNext(phone, 100);
		tx.execute(status -> notifications.send(new NotificationRequest(null, phone, "notification.test", Map.of("name", "D"),
				"test:" + UUID.randomUUID())));
		await(() -> "1".equals(field("attempts")));
		for (int i = 0; i < 20 && !"FAILED".equals(field("status")); i++) {
			clock.advance(Duration.ofHours(2));
			worker.deliverDue();
		}
		assertThat(field("status")).isEqualTo("FAILED");
		assertThat(field("attempts")).isEqualTo("8");
		assertThat(field("body")).isNull();
		assertThat(channel.sentTo(phone)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM notification.notification WHERE person_id IS NULL AND params::text LIKE '%\"D\"%'")
				.query(Integer.class).single()).as("a bare-phone message keeps no parameters").isZero();
	}

	@Test
	void aSignInCodeIsTextedOnceAndNeverAfterItExpired(Scenario scenario) {
		var issued = new vn.pccovid.access.OneTimeCodeIssued(phone, "654321", clock.instant().plus(Duration.ofMinutes(5)), UUID.randomUUID());
		scenario.publish(issued).andWaitForStateChange(() -> channel.sentTo(phone), sent -> !sent.isEmpty())
				.andVerify(sent -> assertThat(sent).singleElement().extracting(Message::body)
						.isEqualTo("PC-Covid: ma xac thuc cua ban la 654321, hieu luc 5 phut. Khong chia se ma nay."));

		String late = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		channel.failNext(late, 1);
		scenario.publish(new vn.pccovid.access.OneTimeCodeIssued(late, "111222", clock.instant().plus(Duration.ofMinutes(5)), UUID.randomUUID()))
				.andWaitForStateChange(() -> fieldOf(late, "last_error"));
		clock.advance(Duration.ofMinutes(6));
		worker.deliverDue();
		assertThat(fieldOf(late, "status")).isEqualTo("FAILED");
		assertThat(fieldOf(late, "last_error")).contains("expired");
		assertThat(channel.sentTo(late)).isEmpty();
	}

	@Test
	void theHomeCardAndTheBadgeCountUnreadMessages(@Autowired InboxHomeCards cards, @Autowired InboxBadgeAdvice badge) {
		when(people.personIds(phone)).thenReturn(List.of(person));
		when(people.mayActFor(phone, person)).thenReturn(true);
		assertThat(cards.cardsFor(phone, person)).isEmpty();
		for (int i = 0; i < 2; i++) {
			tx.execute(status -> notifications.send(new NotificationRequest(person, null, "notification.test", Map.of("name", "E"),
					"test:" + UUID.randomUUID())));
		}
		assertThat(cards.cardsFor(phone, person)).singleElement().satisfies(card -> {
			assertThat(card.titleKey()).isEqualTo("notification.card.unread.title");
			assertThat(card.titleArgs()).containsExactly(2);
			assertThat(card.link()).isEqualTo("/me/inbox?personId=" + person);
		});
		assertThat(cards.cardsFor("0900000000", person)).as("not on that phone").isEmpty();
		assertThat(badge(badge, vn.pccovid.access.Actor.citizen(phone), new org.springframework.web.servlet.ModelAndView("notification/inbox")))
				.isEqualTo(2);
		assertThat(badge(badge, vn.pccovid.access.Actor.ANONYMOUS, new org.springframework.web.servlet.ModelAndView("notification/inbox")))
				.isNull();
		assertThat(badge(badge, vn.pccovid.access.Actor.citizen(phone), new org.springframework.web.servlet.ModelAndView("redirect:/me/inbox")))
				.as("a redirect carries no layout").isNull();
		assertThat(badge(badge, vn.pccovid.access.Actor.citizen(phone), null)).as("an API answer has no model").isNull();
	}

	/** What the badge interceptor puts into a handler's result for this signed-in actor. */
	private static Object badge(InboxBadgeAdvice badge, vn.pccovid.access.Actor actor, org.springframework.web.servlet.ModelAndView result) {
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		context.setAuthentication(new vn.pccovid.access.internal.ActorAuthentication(actor));
		try {
			badge.postHandle(new org.springframework.mock.web.MockHttpServletRequest("GET", "/me/inbox"),
					new org.springframework.mock.web.MockHttpServletResponse(), null, result);
			return result == null ? null : result.getModel().get("inboxUnread");
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private boolean handledAndSent(String key) {
		Integer open = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
				.param("%" + key + "%").query(Integer.class).single();
		return open == 0 && channel.sentTo(phone).size() >= 1;
	}

	private String field(String column) {
		return fieldOf(phone, column);
	}

	private String fieldOf(String phone, String column) {
		return jdbc.sql("SELECT " + column + "::text FROM notification.delivery WHERE recipient = ?").param(phone)
				.query(String.class).optional().orElse(null);
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within 15 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** A channel that records what it sends and fails on demand, per phone. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Channel implements NotificationChannel {

		private final List<Message> sent = new CopyOnWriteArrayList<>();
		private final Map<String, AtomicInteger> failures = new java.util.concurrent.ConcurrentHashMap<>();

		@Bean
		@Primary
		Channel testChannel() {
			return this;
		}

		void failNext(String phone, int times) {
			failures.put(phone, new AtomicInteger(times));
		}

		List<Message> sentTo(String phone) {
			return sent.stream().filter(m -> m.recipient().equals(phone)).toList();
		}

		@Override
		public void deliver(Message message) {
			AtomicInteger left = failures.get(message.recipient());
			if (left != null && left.getAndDecrement() > 0) {
				throw new IllegalStateException("gateway down");
			}
			sent.add(message);
		}
	}
}
