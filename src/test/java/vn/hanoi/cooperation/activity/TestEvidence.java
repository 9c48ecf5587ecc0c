package vn.hanoi.cooperation.activity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files for evidence tests: a photo with the GPS position in its EXIF, a PDF with words in it. */
public final class TestEvidence {

	/** The photo's latitude tag value, as its bytes would show it: 21 degrees (Hà Nội). */
	static final byte[] GPS_MARK = "GPSMARK-21N-105E".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private TestEvidence() {
	}

	/** A 1200 × 800 JPEG whose APP1 segment holds EXIF with a GPS IFD (latitude reference N, and a marker string). */
	public static byte[] photoWithGps() {
		byte[] jpeg = image("jpeg", 1200, 800);
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + 2 + 24 + 4 + GPS_MARK.length);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		// IFD0: one entry, GPSInfo (0x8825) pointing at the GPS IFD.
		int gpsIfd = 8 + 2 + 12 + 4;
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd).putInt(0);
		// GPS IFD: GPSLatitudeRef "N", and a processing method (ASCII) holding the marker.
		int markOffset = gpsIfd + 2 + 24 + 4;
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 0x1B).putShort((short) 7).putInt(GPS_MARK.length).putInt(markOffset);
		tiff.putInt(0);
		tiff.put(GPS_MARK);
		byte[] exif = new byte[6 + tiff.capacity()];
		System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
		System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xFF);
		out.write(0xD8);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	public static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 110, 180));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A one-page PDF whose text layer holds these words (ASCII: the standard fonts have no Vietnamese). */
	public static byte[] pdfSaying(String words) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(words);
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word document with this paragraph. */
	public static byte[] wordSaying(String paragraph) {
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
			document.createParagraph().createRun().setText(paragraph);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
