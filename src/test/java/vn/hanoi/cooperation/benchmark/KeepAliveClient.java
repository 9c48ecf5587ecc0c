package vn.hanoi.cooperation.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One client of scenario (a): a single kept-alive HTTP/1.1 connection that sends GET requests and reads each answer
 * whole, the way {@code wrk} does (the figures were taken with it). The JDK's {@code HttpClient} spent about
 * 0.5 ms of CPU per request on the same two cores as the servers it measured (a quarter of the machine at the home
 * page's rate, a tenth at petclinic's), which pulled every ratio towards 1×. Not thread-safe: one per client thread.
 */
final class KeepAliveClient {

	private static final int CONNECT_TIMEOUT_MS = 5_000;

	private static final int READ_TIMEOUT_MS = 60_000;

	private final String host;

	private final int port;

	/** The request's header lines after the request line, ending with the empty line. */
	private final String headers;

	private Socket socket;

	private InputStream in;

	private OutputStream out;

	/** A client of {@code base} (scheme, host and port) sending these header lines (e.g. "Cookie: SESSION=…"). */
	KeepAliveClient(String base, String... headers) {
		URI uri = URI.create(base);
		this.host = uri.getHost();
		this.port = uri.getPort();
		StringBuilder lines = new StringBuilder("Host: " + this.host + ":" + this.port + "\r\n");
		for (String header : headers) {
			lines.append(header).append("\r\n");
		}
		this.headers = lines.append("\r\n").toString();
	}

	/** GET {@code target} (path and query) and the whole answer. */
	Saturation.Answer get(String target) throws IOException {
		if (this.socket == null) {
			connect();
		}
		try {
			return exchange(target);
		}
		catch (IOException closedBetweenRequests) {
			// The server may close an idle kept-alive connection: one new connection, then the failure is real.
			close();
			connect();
			return exchange(target);
		}
	}

	private Saturation.Answer exchange(String target) throws IOException {
		this.out.write(("GET " + target + " HTTP/1.1\r\n" + this.headers).getBytes(StandardCharsets.ISO_8859_1));
		this.out.flush();
		String statusLine = line();
		int status = Integer.parseInt(statusLine.substring(9, 12));
		long length = -1;
		boolean chunked = false;
		boolean closing = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			int colon = header.indexOf(':');
			String name = header.substring(0, colon).trim();
			String value = header.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Content-Length")) {
				length = Long.parseLong(value);
			}
			else if (name.equalsIgnoreCase("Transfer-Encoding")) {
				chunked = value.equalsIgnoreCase("chunked");
			}
			else if (name.equalsIgnoreCase("Connection")) {
				closing = value.equalsIgnoreCase("close");
			}
		}
		byte[] body = chunked ? chunkedBody() : length >= 0 ? this.in.readNBytes((int) length) : this.in.readAllBytes();
		if (closing || (!chunked && length < 0)) {
			close();
		}
		return new Saturation.Answer(status, body);
	}

	private byte[] chunkedBody() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
		for (int size = chunkSize(); size > 0; size = chunkSize()) {
			body.write(this.in.readNBytes(size));
			line();
		}
		for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
			// trailers are not used by either server; read past them
		}
		return body.toByteArray();
	}

	private int chunkSize() throws IOException {
		String line = line();
		int extension = line.indexOf(';');
		return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
	}

	/** One header line without its CRLF (headers are ASCII). */
	private String line() throws IOException {
		StringBuilder line = new StringBuilder(64);
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new EOFException("connection closed");
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

	private void connect() throws IOException {
		this.socket = new Socket();
		this.socket.setTcpNoDelay(true);
		this.socket.setSoTimeout(READ_TIMEOUT_MS);
		this.socket.connect(new InetSocketAddress(this.host, this.port), CONNECT_TIMEOUT_MS);
		this.in = new BufferedInputStream(this.socket.getInputStream(), 64 * 1024);
		this.out = this.socket.getOutputStream();
	}

	private void close() {
		if (this.socket != null) {
			try {
				this.socket.close();
			}
			catch (IOException ignored) {
				// closing a connection that is gone already
			}
			this.socket = null;
		}
	}

}
