package vn.hanoi.cooperation.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.activity.ActivityCommented;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.result.ResultStepTaken;
import vn.hanoi.cooperation.result.YearLocked;

/**
 * Demo mode only: a few notifications for each demo role, made by publishing the same events the portal's own
 * steps publish (about demo records), once. It runs when the portal is ready rather than as a db/demo migration,
 * because the demo accounts it addresses are created after the migrations. Three demo accounts get an address
 * (reserved .invalid domain), so that the administrators' e-mail page shows what would have gone out.
 */
@Component
class DemoNotifications {

	private final vn.hanoi.cooperation.system.DemoMode demo;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TimeBasedNotifications timeBased;

	private final Clock clock;

	DemoNotifications(vn.hanoi.cooperation.system.DemoMode demo, JdbcClient jdbc, ApplicationEventPublisher events,
			TimeBasedNotifications timeBased, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.events = events;
		this.timeBased = timeBased;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seed() {
		if (!this.demo.active() || this.jdbc.sql("""
				select exists (select 1 from notifications n join accounts a on a.id = n.account_id where a.demo)""")
			.query(Boolean.class)
			.single()) {
			return;
		}
		this.jdbc.sql("""
				update accounts set email = username || '@demo.hanoi.invalid'
				where demo and email is null and username in ('dieuphoi', 'canbo.sct', 'dienbien')""").update();
		first("""
				select r.id from yearly_results r join departments d on d.id = r.department_id
				where r.status = 'RETURNED' order by (d.code like 'SCT%') desc, r.id""")
			.forEach(id -> step(id, RecordChange.Action.RETURNED, returnReason(id)));
		first("select id from yearly_results where status = 'SUBMITTED' order by id")
			.forEach(id -> step(id, RecordChange.Action.SUBMITTED, null));
		this.jdbc.sql("""
				select distinct on (p.code) r.id from yearly_results r join provinces p on p.id = r.province_id
				where r.status = 'APPROVED' and p.code in ('11', '08') order by p.code, r.year desc, r.id""")
			.query(Long.class)
			.list()
			.forEach(id -> step(id, RecordChange.Action.APPROVED, null));
		this.jdbc.sql("""
				select result_id, comment from province_confirmations where status = 'DISPUTED' order by result_id limit 1""")
			.query((rs, n) -> new ResultStepTaken(rs.getLong("result_id"), RecordChange.Action.DISPUTED, null,
					rs.getString("comment")))
			.list()
			.forEach(this.events::publishEvent);
		Long dienBien = this.jdbc.sql("select province_id from accounts where username = 'dienbien'")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (dienBien != null) {
			first("""
					select a.id from activities a join departments d on d.id = a.lead_department_id
					where d.code like 'SCT%' order by a.deadline desc nulls last, a.id""")
				.forEach(id -> {
					this.events.publishEvent(new ActivityCommented(id, dienBien, true, null,
							"Tỉnh Điện Biên đề nghị bổ sung gian hàng đặc sản vào đợt tới."));
					this.events.publishEvent(new ActivityCommented(id, dienBien, false, null,
							"Sở Công Thương đồng ý, sẽ gửi kế hoạch chi tiết trong tuần."));
				});
		}
		this.events.publishEvent(new YearLocked(2021, null));
		this.timeBased.record(LocalDate.now(this.clock));
	}

	private List<Long> first(String sql) {
		return this.jdbc.sql(sql + " limit 1").query(Long.class).list();
	}

	private String returnReason(Long id) {
		return this.jdbc.sql("select return_reason from yearly_results where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private void step(Long resultId, RecordChange.Action step, String text) {
		this.events.publishEvent(new ResultStepTaken(resultId, step, null, text));
	}

}
