package vn.hanoi.cooperation.notification;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.province.UnitNames;
import vn.hanoi.cooperation.system.DisplayFormats;

/**
 * Who is told of what, in one place. Only enabled accounts, never the person who caused the event:
 * <ul>
 * <li>a result submitted: the coordinators;</li>
 * <li>returned or approved: the staff of its department (and of the department that took it over); an approved
 * result about a province also its province officers, who confirm it;</li>
 * <li>confirmed or disputed by the province: the coordinators and the staff of its department;</li>
 * <li>a comment from a province: the staff of the activity's lead department and the coordinators; a comment
 * to a province: that province's officers (and those of the unit it merged into);</li>
 * <li>an activity overdue: the staff of its lead department;</li>
 * <li>an agreement expiring: the coordinators;</li>
 * <li>a year locked: the coordinators, staff and leaders.</li>
 * </ul>
 */
@Component
class NotificationRecipients {

	/** Accounts with how each wants {@code :kind}; the caller adds which accounts. */
	private static final String SELECT = """
			select a.id, a.display_name, a.email, a.language, coalesce(p.delivery, :defaultDelivery) as delivery
			from accounts a
			left join notification_preferences p on p.account_id = a.id and p.kind = :kind
			where a.enabled and a.id is distinct from :actor and (""";

	/** A department and those that took it over (the 2025 mergers), whose staff hold its records. */
	private static final String DEPARTMENT_HOLDERS = "a.role = 'STAFF' and a.department_id in "
			+ unitAndSuccessors("departments", "department");

	/** The officers of a province and of the unit it merged into, who answer for its records. */
	private static final String PROVINCE_OFFICERS = "a.role = 'PROVINCE' and a.province_id in "
			+ unitAndSuccessors("provinces", "province");

	private static final String COORDINATORS = "a.role = 'COORDINATOR'";

	/**
	 * What a notice about a result {@code r} says, "indicator – year – department – province", as {@code label_vi}
	 * and {@code label_en} (joins {@code i}, {@code d}, {@code p}); a former unit marked ({@link UnitNames}, whose
	 * values {@link #labelWords()} gives).
	 */
	static final String RESULT_LABELS = """
			i.name_vi || ' – ' || r.year || ' – ' || coalesce(d.name_vi, '') || coalesce(' – ' || %s, '') as label_vi,
			i.name_en || ' – ' || r.year || ' – ' || coalesce(d.name_en, '') || coalesce(' – ' || %s, '') as label_en"""
		.formatted(UnitNames.sql("p", "vi"), UnitNames.sql("p", "en"));

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final DisplayFormats formats;

	NotificationRecipients(JdbcClient jdbc, MessageSource messages, DisplayFormats formats) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.formats = formats;
	}

	/** The values {@link #RESULT_LABELS} names. */
	Map<String, Object> labelWords() {
		return UnitNames.parameters(this.messages, this.formats);
	}

	List<Recipient> forResult(NotificationKind kind, Long departmentId, Long provinceId, Long actorId) {
		String who = switch (kind) {
			case RESULT_SUBMITTED -> COORDINATORS;
			case RESULT_RETURNED -> DEPARTMENT_HOLDERS;
			case RESULT_APPROVED -> DEPARTMENT_HOLDERS + (provinceId == null ? "" : " or " + PROVINCE_OFFICERS);
			case RESULT_CONFIRMED, RESULT_DISPUTED -> COORDINATORS + " or " + DEPARTMENT_HOLDERS;
			default -> throw new IllegalArgumentException(kind + " is not about a result");
		};
		return query(kind, who, actorId, departmentId, provinceId);
	}

	/**
	 * Who is told of each of several approved results, as {@link #forResult} tells of one (the staff holding its
	 * department, and for a result about a province its officers), in one statement for the whole batch.
	 */
	List<NotificationRecorder.Addressed> forApprovedResults(List<Long> resultIds, Long actorId) {
		NotificationKind kind = NotificationKind.RESULT_APPROVED;
		return this.jdbc.sql("""
				with recursive approved as (
				    select r.id, r.department_id, r.province_id, %s
				    from yearly_results r
				    join indicators i on i.id = r.indicator_id
				    left join departments d on d.id = r.department_id
				    left join provinces p on p.id = r.province_id
				    where r.id in (:ids)),
				departments_held (result_id, id) as (
				    select id, department_id from approved where department_id is not null
				    union select c.result_id, u.successor_id from departments u join departments_held c on u.id = c.id
				          where u.successor_id is not null),
				provinces_held (result_id, id) as (
				    select id, province_id from approved where province_id is not null
				    union select c.result_id, u.successor_id from provinces u join provinces_held c on u.id = c.id
				          where u.successor_id is not null),
				told (result_id, account_id) as (
				    select c.result_id, a.id from departments_held c join accounts a on a.role = 'STAFF' and a.department_id = c.id
				    union select c.result_id, a.id from provinces_held c join accounts a on a.role = 'PROVINCE' and a.province_id = c.id)
				select x.id as result_id, x.label_vi, x.label_en, a.id as account_id, a.display_name, a.email, a.language,
				       coalesce(p.delivery, :defaultDelivery) as delivery
				from told t join approved x on x.id = t.result_id join accounts a on a.id = t.account_id
				left join notification_preferences p on p.account_id = a.id and p.kind = :kind
				where a.enabled and a.id is distinct from :actor
				order by x.id, a.id""".formatted(RESULT_LABELS))
			.params(labelWords())
			.param("ids", resultIds)
			.param("defaultDelivery", kind.defaultDelivery().name())
			.param("kind", kind.name())
			.param("actor", actorId, java.sql.Types.BIGINT)
			.query((rs, n) -> new NotificationRecorder.Addressed(
					new Notice(kind, "/results/" + rs.getLong("result_id"), rs.getString("label_vi"),
							rs.getString("label_en"), null),
					new Recipient(rs.getLong("account_id"), rs.getString("display_name"), rs.getString("email"),
							rs.getString("language"), Delivery.valueOf(rs.getString("delivery")))))
			.list();
	}

	List<Recipient> forComment(boolean fromProvince, Long leadDepartmentId, Long provinceId, Long actorId) {
		return fromProvince
				? query(NotificationKind.COMMENT_FROM_PROVINCE, COORDINATORS + " or " + DEPARTMENT_HOLDERS, actorId,
						leadDepartmentId, null)
				: query(NotificationKind.COMMENT_TO_PROVINCE, PROVINCE_OFFICERS, actorId, null, provinceId);
	}

	List<Recipient> forOverdueActivity(Long leadDepartmentId) {
		return query(NotificationKind.ACTIVITY_OVERDUE, DEPARTMENT_HOLDERS, null, leadDepartmentId, null);
	}

	List<Recipient> forExpiringAgreement() {
		return query(NotificationKind.AGREEMENT_EXPIRING, COORDINATORS, null, null, null);
	}

	List<Recipient> forLockedYear(Long actorId) {
		return query(NotificationKind.YEAR_LOCKED, "a.role in ('COORDINATOR', 'STAFF', 'LEADER')", actorId, null,
				null);
	}

	private static String unitAndSuccessors(String table, String parameter) {
		return """
				(with recursive chain (id) as (
				    select cast(:%s as bigint)
				    union select u.successor_id from %s u join chain c on u.id = c.id where u.successor_id is not null)
				 select id from chain)""".formatted(parameter, table);
	}

	private List<Recipient> query(NotificationKind kind, String who, Long actorId, Long departmentId,
			Long provinceId) {
		return this.jdbc.sql(SELECT + who + ") order by a.id")
			.param("defaultDelivery", kind.defaultDelivery().name())
			.param("kind", kind.name())
			.param("actor", actorId, java.sql.Types.BIGINT)
			.param("department", departmentId, java.sql.Types.BIGINT)
			.param("province", provinceId, java.sql.Types.BIGINT)
			.query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getString("language"), Delivery.valueOf(rs.getString("delivery"))))
			.list();
	}

}
