package vn.hanoi.cooperation.system;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the Vietnamese messages as an administrative reader expects them (issue 15, section 6): no
 * "an ninh" (public security) for the security log, no status "Kế hoạch" beside "Kế hoạch 188", one form for
 * the share of target, no English turns of phrase, one term for a province's disagreement ("không thống nhất").
 */
class VietnameseTermsTest {

	@Test
	void theMessagesUseTheAgreedTerms() throws Exception {
		Properties messages = new Properties();
		try (InputStreamReader reader = new InputStreamReader(
				getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		String all = String.join("\n", messages.stringPropertyNames().stream().map(messages::getProperty).toList());
		assertThat(all).doesNotContain("an ninh", "Cách cộng dồn", "cách cộng dồn", "Cả giai đoạn", "% kế hoạch",
				"% so với kế hoạch", "Tỉnh của tôi", "Địa chỉ máy", "Trình đơn", "trình đơn", "Bỏ qua, đến",
				"không đồng thời", "Ngày hết hiệu lực vẫn còn hiệu lực", "nó vẫn", "cho thấy những gì",
				"Đơn vị điều phối", "đơn vị điều phối", "chưa nhất trí", "chưa thống nhất", "Gửi không được");
		assertThat(messages.getProperty("activity.status.PLANNED")).isEqualTo("Chưa triển khai");
		assertThat(messages.getProperty("nav.audit")).isEqualTo("Nhật ký bảo mật");
		assertThat(messages.getProperty("role.COORDINATOR")).isEqualTo("Cơ quan thường trực (đầu mối)");
		assertThat(messages.getProperty("results.col.percent")).isEqualTo("Tỷ lệ so với kế hoạch (%)")
			.isEqualTo(messages.getProperty("dashboard.percentOfTarget"))
			.isEqualTo(messages.getProperty("report.table.percent"));
		assertThat(messages.getProperty("indicator.field.aggregation")).isEqualTo("Cách tổng hợp số liệu");
		assertThat(messages.getProperty("layout.skipToContent")).isEqualTo("Chuyển đến nội dung chính");
		assertThat(messages.getProperty("audit.client")).isEqualTo("Địa chỉ IP");
	}

}
