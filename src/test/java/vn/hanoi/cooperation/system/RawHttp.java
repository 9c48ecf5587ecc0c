package vn.hanoi.cooperation.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTP written by hand on a socket, for what Java's client will not send: a forged Host header, a body announced
 * but never sent. Reads the status line and headers only.
 */
record RawHttp(int status, List<String> headers) {

	/** Sends {@code head} (request line and headers, without the blank line) and reads the response head. */
	static RawHttp send(int port, String head) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write((head.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			String[] lines = readHead(socket.getInputStream()).split("\r\n");
			List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
			return new RawHttp(Integer.parseInt(lines[0].split(" ")[1]), headers);
		}
	}

	Optional<String> header(String name) {
		return this.headers.stream()
			.filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map(line -> line.substring(name.length() + 1).strip())
			.findFirst();
	}

	private static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			head.write(next);
			matched = (next == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (next == '\r' ? 1 : 0);
		}
		return head.toString(StandardCharsets.ISO_8859_1);
	}

}
