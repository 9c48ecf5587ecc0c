package vn.hanoi.cooperation.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario (d), {@code export}: a leader downloads every activity as .xlsx and as .csv, one file after the other, a
 * few rounds; per file the status, size, data rows, seconds (and until the first byte), and this JVM's heap while it
 * ran ({@link HeapWatch}). Run the JVM with the heap to prove, e.g. {@code -DargLine=-Xmx256m}. The files go to
 * disk, not into this JVM's heap, and are counted there.
 */
final class ExportRun {

	/** The exports' own bound (report.ActivityExports.MAXIMUM_ROWS): a larger data set exports this many rows. */
	private static final int EXPORT_LIMIT = 50_000;

	private static final List<String> FORMATS = List.of("xlsx", "csv");

	record Download(String format, int round, int status, long bytes, long rows, double seconds,
			double secondsToFirstByte, HeapWatch.Peak heap) {
	}

	private ExportRun() {
	}

	static String run(PortalBenchmark.VirtualUser leader, int rounds, long activities) throws Exception {
		long expected = Math.min(activities, EXPORT_LIMIT);
		Path directory = Files.createDirectories(Path.of("target", "benchmark"));
		System.out.printf("%nScenario (d): %,d activities exported as .xlsx and .csv, %d rounds, max heap %.0f MB%n",
				expected, rounds, HeapWatch.Peak.mb(Runtime.getRuntime().maxMemory()));
		List<Download> downloads = new ArrayList<>();
		for (int round = 1; round <= rounds; round++) {
			for (String format : FORMATS) {
				Path file = directory.resolve("export-" + round + "." + format);
				Download download = download(leader, format, round, file);
				Files.delete(file);
				System.out.println("  " + line(download));
				downloads.add(download);
			}
		}
		StringBuilder table = new StringBuilder("""

				Scenario (d): every activity exported by a leader, %d cores, Java %s, max heap (-Xmx) %.0f MB
				| file | round | status | size MB | data rows | s | s to first byte | heap before a GC, most MB | \
				heap after a GC, most MB | old generation peak MB | collections (full) |
				|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
				""".formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				HeapWatch.Peak.mb(Runtime.getRuntime().maxMemory())));
		for (Download download : downloads) {
			table.append(line(download)).append('\n');
		}
		for (Download download : downloads) {
			assertThat(download.status()).as("the %s export's status", download.format()).isEqualTo(200);
			assertThat(download.rows()).as("the %s export's rows", download.format()).isEqualTo(expected);
		}
		return table.toString();
	}

	private static Download download(PortalBenchmark.VirtualUser leader, String format, int round, Path file)
			throws Exception {
		long[] firstByte = new long[1];
		HeapWatch watch = HeapWatch.start();
		long start = System.nanoTime();
		HttpResponse<Path> response = leader.download("/activities/export." + format, file, () -> firstByte[0] = System.nanoTime());
		long end = System.nanoTime();
		HeapWatch.Peak heap = watch.stop();
		long rows = response.statusCode() == 200 ? (format.equals("xlsx") ? sheetRows(file) : csvLines(file)) - 1 : 0;
		return new Download(format, round, response.statusCode(), Files.size(file), rows, (end - start) / 1e9,
				(firstByte[0] - start) / 1e9, heap);
	}

	private static String line(Download d) {
		HeapWatch.Peak heap = d.heap();
		return "| .%s | %d | %d | %.1f | %,d | %.1f | %.1f | %.0f | %.0f | %.0f | %d (%d) |".formatted(d.format(), d.round(),
				d.status(), d.bytes() / 1e6, d.rows(), d.seconds(), d.secondsToFirstByte(),
				HeapWatch.Peak.mb(heap.usedBeforeCollection()), HeapWatch.Peak.mb(heap.usedAfterCollection()),
				HeapWatch.Peak.mb(heap.oldGeneration()), heap.collections(), heap.fullCollections());
	}

	/** The first sheet's rows, the header's included, read from the file as a stream. */
	static long sheetRows(Path xlsx) throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile());
				InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
			return occurrences(sheet, "<row ".getBytes());
		}
	}

	/** Lines of the CSV file, the header's included (the benchmark's texts hold no line break). */
	static long csvLines(Path csv) throws IOException {
		try (InputStream in = Files.newInputStream(csv)) {
			return occurrences(in, "\n".getBytes());
		}
	}

	private static long occurrences(InputStream in, byte[] pattern) throws IOException {
		long count = 0;
		int matched = 0;
		byte[] buffer = new byte[64 * 1024];
		for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
			for (int i = 0; i < read; i++) {
				// The patterns repeat no prefix of their own, so a mismatch can restart at this byte.
				matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
				if (matched == pattern.length) {
					count++;
					matched = 0;
				}
			}
		}
		return count;
	}

}
