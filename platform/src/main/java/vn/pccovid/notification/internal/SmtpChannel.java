package vn.pccovid.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.pccovid.notification.Message;

/**
 * Sends messages by SMTP ({@code spring.mail.*}): e-mail to addresses, and SMS through the operator's
 * e-mail-to-SMS gateway ({@code <phone>@<pccovid.notification.sms-gateway-domain>}).
 * Active with {@code pccovid.notification.channel=smtp}.
 */
@Component
@ConditionalOnProperty(name = "pccovid.notification.channel", havingValue = "smtp")
class SmtpChannel implements NotificationChannel {

	private final JavaMailSender mail;
	private final String from;
	private final String smsGatewayDomain;

	SmtpChannel(JavaMailSender mail, @Value("${pccovid.notification.from:no-reply@pccovid.local}") String from,
			@Value("${pccovid.notification.sms-gateway-domain:}") String smsGatewayDomain) {
		this.mail = mail;
		this.from = from;
		this.smsGatewayDomain = smsGatewayDomain;
	}

	@Override
	public void deliver(Message message) {
		SimpleMailMessage mailMessage = new SimpleMailMessage();
		mailMessage.setFrom(from);
		mailMessage.setTo(message.channel() == Message.Channel.SMS ? smsAddress(message.recipient()) : message.recipient());
		mailMessage.setSubject(message.subject());
		mailMessage.setText(message.body());
		mail.send(mailMessage);
	}

	private String smsAddress(String phone) {
		if (smsGatewayDomain.isBlank()) {
			throw new IllegalStateException("pccovid.notification.sms-gateway-domain is not set: cannot send SMS by SMTP");
		}
		return phone + "@" + smsGatewayDomain;
	}
}
