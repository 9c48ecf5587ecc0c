package vn.hanoi.cooperation.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Photos as evidence: the stored original loses its metadata (EXIF with the GPS position where it was taken,
 * XMP, IPTC, comments) without being re-encoded, so no quality is lost; the thumbnail shown on the activity page
 * is made once, at upload, from a subsampled read so that a large photo never fills the memory.
 */
public final class Photos {

	/** The longer side of a thumbnail, in pixels. */
	public static final int THUMBNAIL_SIZE = 320;

	/** A photo's pixels beyond this are refused: a small file can claim a huge image and exhaust the memory. */
	static final long MAXIMUM_PIXELS = 60_000_000L;

	/** JPEG segments that carry pictures' colours, kept: JFIF (APP0), ICC profile (APP2), Adobe (APP14). */
	private static final Set<Integer> KEPT_APPLICATION_SEGMENTS = Set.of(0xE0, 0xE2, 0xEE);

	/** PNG chunks of text and metadata, dropped: EXIF, the three kinds of text, the modification time. */
	private static final Set<String> DROPPED_PNG_CHUNKS = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");

	private Photos() {
	}

	/** The photo's bytes without its metadata; refused when its structure cannot be read. */
	static byte[] withoutMetadata(DocumentType type, byte[] bytes) {
		try {
			return type == DocumentType.JPEG ? jpegWithoutMetadata(bytes) : pngWithoutMetadata(bytes);
		}
		catch (IndexOutOfBoundsException ex) {
			throw new DocumentRefusedException("unreadablePhoto");
		}
	}

	/** A JPEG thumbnail at most {@value #THUMBNAIL_SIZE} px on its longer side, on white where it was transparent. */
	static byte[] thumbnail(byte[] photo) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new DocumentRefusedException("unreadablePhoto");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAXIMUM_PIXELS) {
					throw new DocumentRefusedException("tooManyPixels");
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (2 * THUMBNAIL_SIZE));
				param.setSourceSubsampling(step, step, 0, 0);
				return scaled(reader.read(0, param));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocumentRefusedException refused) {
				throw refused;
			}
			throw new DocumentRefusedException("unreadablePhoto");
		}
	}

	private static byte[] scaled(BufferedImage image) throws IOException {
		double factor = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = thumbnail.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(thumbnail, "jpeg", out);
		return out.toByteArray();
	}

	/**
	 * Copies the segments before the image data except the application segments that hold metadata (APP1 holds
	 * EXIF and XMP, APP13 IPTC) and comments; from the start of the scan on, everything is copied as it is.
	 */
	private static byte[] jpegWithoutMetadata(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		out.write(0xFF);
		out.write(0xD8);
		int position = 2;
		while (true) {
			if ((bytes[position] & 0xFF) != 0xFF) {
				throw new DocumentRefusedException("unreadablePhoto");
			}
			int marker = bytes[position + 1] & 0xFF;
			if (marker == 0xFF) {
				position++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) {
				out.write(bytes, position, bytes.length - position);
				return out.toByteArray();
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				out.write(bytes, position, 2);
				position += 2;
				continue;
			}
			int length = (bytes[position + 2] & 0xFF) << 8 | (bytes[position + 3] & 0xFF);
			if (length < 2 || position + 2 + length > bytes.length) {
				throw new DocumentRefusedException("unreadablePhoto");
			}
			boolean metadata = marker == 0xFE || (marker >= 0xE0 && marker <= 0xEF
					&& !KEPT_APPLICATION_SEGMENTS.contains(marker));
			if (!metadata) {
				out.write(bytes, position, 2 + length);
			}
			position += 2 + length;
		}
	}

	/** Copies the signature and every chunk but the text and metadata ones; the image chunks are untouched. */
	private static byte[] pngWithoutMetadata(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
		out.write(bytes, 0, 8);
		int position = 8;
		while (position < bytes.length) {
			long length = ((long) (bytes[position] & 0xFF) << 24) | (bytes[position + 1] & 0xFF) << 16
					| (bytes[position + 2] & 0xFF) << 8 | (bytes[position + 3] & 0xFF);
			long end = position + 12 + length;
			if (end > bytes.length) {
				throw new DocumentRefusedException("unreadablePhoto");
			}
			String chunk = new String(bytes, position + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
			if (!DROPPED_PNG_CHUNKS.contains(chunk)) {
				out.write(bytes, position, (int) (end - position));
			}
			position = (int) end;
			if ("IEND".equals(chunk)) {
				break;
			}
		}
		return out.toByteArray();
	}

}
