package vn.hanoi.cooperation.agreement;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.document.DocumentText;
import vn.hanoi.cooperation.document.DocumentType;

/**
 * Reads the text of agreement documents kept before the portal read text at upload (V82 marks them unread), once,
 * in the background after start-up. Each document is claimed with {@code for update skip locked} in its own short
 * transaction, so several instances starting together share the work and none reads a document twice.
 */
@Component
class DocumentTextBackfill {

	private static final Logger log = LoggerFactory.getLogger(DocumentTextBackfill.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DocumentTextBackfill(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void startInTheBackground() {
		Thread reader = new Thread(() -> {
			try {
				int read = readPending();
				if (read > 0) {
					log.info("Read the text of {} agreement documents for search", read);
				}
			}
			catch (RuntimeException ex) {
				// The next start tries again: a document stays unread until its text is stored.
				log.warn("Reading the text of agreement documents stopped: {}", ex.getMessage());
			}
		}, "agreement-document-text");
		reader.setDaemon(true);
		reader.start();
	}

	/** Reads every unread document not claimed by another instance; how many this call read. */
	int readPending() {
		int read = 0;
		while (Boolean.TRUE.equals(this.transactions.execute(status -> readOne()))) {
			read++;
		}
		return read;
	}

	private boolean readOne() {
		record Unread(long id, String contentType, byte[] content) {
		}
		List<Unread> next = this.jdbc.sql("""
				select d.id, d.content_type, c.content
				  from agreement_documents d join agreement_document_contents c on c.document_id = d.id
				 where not d.text_read
				 order by d.id
				 limit 1
				   for update of d skip locked""")
			.query((rs, n) -> new Unread(rs.getLong("id"), rs.getString("content_type"), rs.getBytes("content")))
			.list();
		if (next.isEmpty()) {
			return false;
		}
		Unread document = next.get(0);
		String text = DocumentType.ofContentType(document.contentType())
			.map(type -> DocumentText.of(type, document.content()))
			.orElse(null);
		this.jdbc.sql("update agreement_documents set document_text = :text, text_read = true where id = :id")
			.param("text", text)
			.param("id", document.id())
			.update();
		return true;
	}

}
