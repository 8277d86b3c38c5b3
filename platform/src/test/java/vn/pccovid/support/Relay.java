package vn.pccovid.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on the loopback address in front of the test server, so that a browser test can really cut the network
 * ({@link #cut()}): Chrome's emulated "offline" applies to the page but not to its service worker's own fetches.
 */
public final class Relay implements AutoCloseable {

	private final ServerSocket server;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private volatile boolean cut;

	private Relay(int targetPort) throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon("relay-accept", () -> accept(targetPort));
	}

	/** Starts relaying a fresh loopback port to this one. */
	public static Relay to(int targetPort) {
		try {
			return new Relay(targetPort);
		}
		catch (IOException e) {
			throw new IllegalStateException("relay", e);
		}
	}

	public int port() {
		return server.getLocalPort();
	}

	private void accept(int targetPort) {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (cut) {
					quietly(client);
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				sockets.add(client);
				sockets.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException e) {
				return; // closed
			}
		}
	}

	private void pump(Socket from, Socket to) {
		daemon("relay-pump", () -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException e) {
				// one side closed
			}
			finally {
				quietly(from);
				quietly(to);
			}
		});
	}

	/** Cuts the network: every open connection is closed, new ones are closed at once, until {@link #restore()}. */
	public void cut() {
		cut = true;
		sockets.forEach(Relay::quietly);
		sockets.clear();
	}

	/** Relays again after {@link #cut()}. */
	public void restore() {
		cut = false;
	}

	/** Stops relaying for good. */
	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException e) {
			// already closed
		}
		sockets.forEach(Relay::quietly);
	}

	private static void daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void quietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException e) {
			// already closed
		}
	}
}
