package vn.hanoi.cooperation.result;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What partner provinces said about a result (confirmed or disputed); issue 4 lets them say it. */
@Repository
class ProvinceConfirmations {

	record Confirmation(String provinceNameVi, String provinceNameEn, String status, String comment,
			String authorName, Instant confirmedAt) implements vn.hanoi.cooperation.system.Localized {

		@Override
		public String getNameVi() {
			return this.provinceNameVi;
		}

		@Override
		public String getNameEn() {
			return this.provinceNameEn;
		}

		public boolean disputed() {
			return "DISPUTED".equals(this.status);
		}

	}

	private final JdbcClient jdbc;

	ProvinceConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Confirmation> of(Long resultId) {
		return this.jdbc.sql("""
				select p.name_vi, p.name_en, c.status, c.comment, c.author_name, c.confirmed_at
				from province_confirmations c join provinces p on p.id = c.province_id
				where c.result_id = ? order by c.confirmed_at desc""")
			.param(resultId)
			.query((rs, n) -> new Confirmation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

}
