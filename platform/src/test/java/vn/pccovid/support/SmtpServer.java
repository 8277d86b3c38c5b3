package vn.pccovid.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A minimal SMTP server on loopback for tests: accepts every message and keeps recipients and data. */
public final class SmtpServer implements AutoCloseable {

	private final ServerSocket socket;
	private final List<String> recipients = new CopyOnWriteArrayList<>();
	private final List<String> data = new CopyOnWriteArrayList<>();
	private final Thread acceptor;

	private SmtpServer() throws IOException {
		socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::serve, "test-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public static SmtpServer start() throws IOException {
		return new SmtpServer();
	}

	public int port() {
		return socket.getLocalPort();
	}

	public List<String> recipients() {
		return List.copyOf(recipients);
	}

	public List<String> data() {
		return List.copyOf(data);
	}

	private void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				converse(client);
			}
			catch (IOException e) {
				// closed by the test, or the client hung up
			}
		}
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8);
		out.print("220 test-smtp ready\r\n");
		out.flush();
		for (String line; (line = in.readLine()) != null;) {
			String command = line.toUpperCase();
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 test-smtp");
			}
			else if (command.startsWith("RCPT TO:")) {
				recipients.add(line.substring(8).replaceAll("[<>\\s]", ""));
				reply(out, "250 OK");
			}
			else if (command.startsWith("DATA")) {
				reply(out, "354 end with .");
				StringBuilder message = new StringBuilder();
				for (String body; (body = in.readLine()) != null && !body.equals(".");) {
					message.append(body).append('\n');
				}
				data.add(message.toString());
				reply(out, "250 queued");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 OK");
			}
		}
	}

	private static void reply(PrintWriter out, String line) {
		out.print(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
