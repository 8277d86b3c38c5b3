package vn.pccovid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.pccovid.notification.Message;
import vn.pccovid.support.SmtpServer;

/** The SMTP channel speaks real SMTP: an SMS goes to the operator's e-mail-to-SMS gateway address. */
class SmtpChannelTest {

	@Test
	void sendsSmsThroughTheGatewayAndEmailDirectly() throws Exception {
		try (SmtpServer server = SmtpServer.start()) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(server.port());
			sender.setDefaultEncoding("UTF-8");
			SmtpChannel channel = new SmtpChannel(sender, "no-reply@pccovid.test", "sms.operator.test");

			channel.deliver(new Message("0912345678", Message.Channel.SMS, "PC-Covid", "Mã xác thực 123456"));
			channel.deliver(new Message("can.bo@example.org", Message.Channel.EMAIL, "Báo cáo", "Nội dung"));

			assertThat(server.recipients()).containsExactly("0912345678@sms.operator.test", "can.bo@example.org");
			assertThat(server.data().get(0)).contains("From: no-reply@pccovid.test");
		}
	}

	@Test
	void refusesSmsWhenNoGatewayIsConfigured() {
		SmtpChannel channel = new SmtpChannel(new JavaMailSenderImpl(), "no-reply@pccovid.test", "");
		assertThatThrownBy(() -> channel.deliver(new Message("0912345678", Message.Channel.SMS, "s", "b")))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("sms-gateway-domain");
	}
}
