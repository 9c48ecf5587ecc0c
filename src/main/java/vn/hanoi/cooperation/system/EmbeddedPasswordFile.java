package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** The embedded cluster's superuser password: made, kept in its data directory, read back. */
final class EmbeddedPasswordFile {

	/**
	 * The password, as a line of a libpq password file ({@code localhost:*:*:postgres:<password>}), so that an
	 * operator uses it as it is: {@code PGPASSFILE=<data directory>/portal.pgpass psql -h localhost …}. It lives
	 * inside the data directory, which is the server user's alone (0700), and is itself 0600: it is copied, backed
	 * up and deleted with the cluster it opens, and cannot go astray from it. PostgreSQL ignores files it does not
	 * know in its directory. initdb wants an empty directory, so the file is written just after it.
	 */
	static final String PASSWORD_FILE = "portal.pgpass";

	static final String SUPERUSER = "postgres";

	private static final String OWNER_ONLY = "rw-------";

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmbeddedPasswordFile() {
	}

	/** Where the password of the cluster in {@code dataDirectory} is kept. */
	static Path in(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().normalize().resolve(PASSWORD_FILE);
	}

	/**
	 * The password a start uses: a new one for a new cluster, the kept one, or a new one for a cluster made by an
	 * older version that still trusts everyone (it gets it once started). A cluster that asks for a password whose
	 * file is gone cannot be opened: the start stops and says what to do.
	 */
	static String toStartWith(Path directory, boolean fresh) throws IOException {
		Path file = in(directory);
		if (fresh) {
			return newPassword();
		}
		if (Files.exists(file)) {
			return read(file);
		}
		if (PgHbaFile.trustedLines(directory.resolve("pg_hba.conf")) > 0) {
			return newPassword();
		}
		throw new IllegalStateException("The embedded PostgreSQL in " + directory + " asks for a password, but its "
				+ "password file " + file + " is missing. Put back the file from a copy of this directory, or, when "
				+ "nothing in it is worth keeping, delete the directory: the next start creates a fresh database.");
	}

	/** Readable by the server's user alone, as libpq wants a password file. */
	static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY));
	}

	static String newPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		// URL-safe: no ':' or '\', which a password file would have to escape, and nothing a shell would expand.
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static void write(Path file, String password) {
		try {
			String line = "localhost:*:*:" + SUPERUSER + ":" + password + "\n";
			if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(line)) {
				Path written = Files.createTempFile(file.getParent(), PASSWORD_FILE + ".", ".tmp", ownerOnly());
				Files.writeString(written, line, StandardCharsets.UTF_8);
				Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			// libpq ignores a password file that others may read; a copied file is made private again.
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(OWNER_ONLY));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	/** The password from the file's line for the superuser (the fifth field, with libpq's escapes undone). */
	static String read(Path file) throws IOException {
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '\\' && i + 1 < line.length()) {
					field.append(line.charAt(++i));
				}
				else if (c == ':' && fields.size() < 4) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			if (!line.startsWith("#") && fields.size() == 5 && fields.get(3).equals(SUPERUSER)
					&& !fields.get(4).isEmpty()) {
				return fields.get(4);
			}
		}
		throw new IllegalStateException(file + " holds no password for " + SUPERUSER);
	}

}
