package vn.pccovid.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.pccovid.notification.Message;

/**
 * The development and demo channel: writes each message to an outbox table instead of sending it. The log says
 * only that a message went to a masked number, never its text: texts carry sign-in codes and results. Active
 * unless SMTP is configured.
 */
@Component
@ConditionalOnProperty(name = "pccovid.notification.channel", havingValue = "outbox", matchIfMissing = true)
class OutboxChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(OutboxChannel.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	OutboxChannel(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void deliver(Message message) {
		jdbc.sql("INSERT INTO notification.outbox_message (recipient, channel, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")
				.params(message.recipient(), message.channel().name(), message.subject(), message.body(),
						Timestamp.from(clock.instant()))
				.update();
		log.info("Outbox {} to {} ({} characters)", message.channel(), Recipients.mask(message.recipient()),
				message.body().length());
	}
}
