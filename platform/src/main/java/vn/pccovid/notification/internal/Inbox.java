package vn.pccovid.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.KeysetPage;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.PeopleOnPhone;

/**
 * A signed-in phone's inbox: the messages of every person on that phone, rendered in the reader's language.
 * A message of someone not on the phone is answered exactly like a missing one.
 */
@Service
class Inbox {

	static final int MAX_LIMIT = 100;

	private final NotificationRecords records;
	private final Templates templates;
	private final PeopleOnPhone people;
	private final Clock clock;

	Inbox(NotificationRecords records, Templates templates, PeopleOnPhone people, Clock clock) {
		this.records = records;
		this.templates = templates;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * One message as its reader sees it.
	 *
	 * @param id        the message's id (keyset and mark-read)
	 * @param personId  whom it is for
	 * @param kind      what it is about
	 * @param title     title in the reader's language
	 * @param body      text in the reader's language
	 * @param createdAt when it was sent
	 * @param readAt    when it was first marked read, or {@code null}
	 */
	record Item(long id, UUID personId, String kind, String title, String body, Instant createdAt, Instant readAt) {
	}

	/**
	 * One page of the inbox.
	 *
	 * @param items  newest first
	 * @param next   the {@code before} of the next page, or {@code null}
	 * @param unread unread messages of the persons listed (all pages)
	 */
	record Page(List<Item> items, Long next, int unread) {
	}

	Page of(Actor actor, UUID personId, Long before, int limit, Locale locale) {
		KeysetPage.checkedLimit(limit, MAX_LIMIT);
		List<UUID> persons = persons(actor, personId);
		if (persons.isEmpty()) {
			return new Page(List.of(), null, 0);
		}
		List<Item> rows = records.inbox(persons, before, limit + 1).stream().map(stored -> item(stored, locale)).toList();
		KeysetPage<Item> page = KeysetPage.of(rows, limit, Item::id);
		return new Page(page.items(), (Long) page.next(), records.unread(persons));
	}

	void markRead(Actor actor, long id) {
		if (!records.markRead(id, persons(actor, null), clock.instant())) {
			throw new NotFoundException("notification.inbox.notFound");
		}
	}

	/** Unread messages of everyone on the phone; 0 for an unknown phone. */
	int unread(String phone) {
		return records.unread(people.personIds(phone));
	}

	/** Unread messages of one person on the phone; 0 when the person is not on it. */
	int unread(String phone, UUID personId) {
		return people.mayActFor(phone, personId) ? records.unread(List.of(personId)) : 0;
	}

	private List<UUID> persons(Actor actor, UUID personId) {
		if (!actor.isCitizen()) {
			throw new ForbiddenException("notification.inbox.citizensOnly");
		}
		List<UUID> onPhone = people.personIds(actor.id());
		if (personId == null) {
			return onPhone;
		}
		if (!onPhone.contains(personId)) {
			throw new NotFoundException("notification.inbox.notFound");
		}
		return List.of(personId);
	}

	private Item item(NotificationRecords.Stored stored, Locale locale) {
		Templates.Text text = templates.render(stored.kind(), stored.params(), locale);
		return new Item(stored.id(), stored.personId(), stored.kind(), text.title(), text.body(), stored.createdAt(),
				stored.readAt());
	}
}
