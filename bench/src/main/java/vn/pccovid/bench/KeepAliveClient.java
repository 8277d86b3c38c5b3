package vn.pccovid.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A deliberately small HTTP/1.1 client for loopback load: one persistent connection, requests written as bytes,
 * responses read by {@code Content-Length}. It leaves the cores to the server under test, which a general-purpose
 * client does not on a 2-core machine.
 */
final class KeepAliveClient implements AutoCloseable {

	private final int port;
	private final String host;
	private Socket socket;
	private OutputStream out;
	private InputStream in;

	KeepAliveClient(int port) throws IOException {
		this.port = port;
		this.host = "127.0.0.1:" + port;
		connect();
	}

	private void connect() throws IOException {
		socket = new Socket(InetAddress.getLoopbackAddress(), port);
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(30_000);
		out = socket.getOutputStream();
		in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
	}

	/** POSTs a JSON body and answers the status; the response body is read and dropped. */
	int postJson(String path, String authorization, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
		return readResponse();
	}

	private int readResponse() throws IOException {
		String status = line();
		int code = Integer.parseInt(status.substring(9, 12));
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase();
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(header.substring(15).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			else if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		if (chunked) {
			for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
				skip(size);
				line();
			}
			line();
		}
		else if (length > 0) {
			skip(length);
		}
		if (close) {
			// Tomcat ends a keep-alive connection after its request quota; open the next one as a browser would.
			socket.close();
			connect();
		}
		return code;
	}

	private void skip(int bytes) throws IOException {
		for (int left = bytes; left > 0;) {
			long skipped = in.skip(left);
			if (skipped <= 0) {
				if (in.read() < 0) {
					throw new IOException("connection closed mid-response");
				}
				skipped = 1;
			}
			left -= (int) skipped;
		}
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c != '\n'; c = in.read()) {
			if (c < 0) {
				throw new IOException("connection closed");
			}
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
