package vn.hanoi.cooperation.document;

/**
 * An upload that passed {@link DocumentCheck}: its cleaned name, its type as read from its bytes, the bytes to keep
 * (a photo without its metadata), their SHA-256, a thumbnail for a photo (null otherwise) and the text of a
 * document for search (null for a photo or when it has none).
 */
public record CheckedDocument(String fileName, DocumentType type, byte[] content, String sha256, byte[] thumbnail,
		String text) {

	public long sizeBytes() {
		return this.content.length;
	}

}
