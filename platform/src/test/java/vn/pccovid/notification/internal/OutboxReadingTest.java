package vn.pccovid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/** The outbox's texts (sign-in codes) are readable only on development and demo installs, and always audited. */
class OutboxReadingTest {

	private final Outbox outbox = mock(Outbox.class);
	private final AuditLog auditLog = mock(AuditLog.class);
	private final PeopleOnPhone people = mock(PeopleOnPhone.class);
	private static final Actor ADMIN = new Actor(Actor.Kind.STAFF, "a", "admin", java.util.Set.of(vn.pccovid.access.Role.SYSTEM_ADMIN),
			vn.pccovid.access.Scope.NATIONAL);

	@Test
	void aProductionInstallAnswersNotFoundAndReadsNothing() {
		OutboxReading reading = new OutboxReading(outbox, auditLog, people, settings(false), "");
		assertThatThrownBy(() -> reading.read(Actor.ANONYMOUS, null, null, 10, null)).isInstanceOf(NotFoundException.class);
		verifyNoInteractions(outbox, auditLog);
	}

	@Test
	void aDemoInstallIsReadableAndAuditsAgainstTheRecipientsPersons() {
		UUID person = UUID.randomUUID();
		when(outbox.find(null, null, 10)).thenReturn(List.of(new Outbox.Entry(1, "0912345678", "SMS", "s", "code 123456", Instant.now())));
		when(people.personIds("0912345678")).thenReturn(List.of(person));
		when(people.areaOf(person)).thenReturn(Optional.empty());
		OutboxReading reading = new OutboxReading(outbox, auditLog, people, settings(false), "01");
		assertThat(reading.read(ADMIN, null, null, 10, null)).hasSize(1);
		verify(auditLog).record(any(), any(AuditAction.class), any(), any(), any());
	}

	static NotificationSettings settings(boolean outboxReadable) {
		return new NotificationSettings(outboxReadable, Duration.ofDays(90), 8, Duration.ofSeconds(30), Duration.ofHours(1),
				Duration.ofMinutes(2), 20);
	}
}
