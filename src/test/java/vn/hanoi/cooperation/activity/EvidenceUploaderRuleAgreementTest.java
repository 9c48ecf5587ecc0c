package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL {@link EvidenceFiles#UPLOADER_MAY_STILL_EDIT}, which lets the lead department's staff remove a file whose
 * uploader is gone (on removal and in the activity page's buttons), and {@link ActivityAccess#canEdit} for the
 * uploader's account, its {@code Viewer} built as a login builds it (an enabled account only), give the same answer
 * for every role, account state and department, across the 1 March 2025 mergers in both directions.
 */
@PortalTest
class EvidenceUploaderRuleAgreementTest {

	private static final String USERNAMES = "test.uploader.rule.";

	/** A lead of 2022 (merged into Sở Tài chính of 2025) and that successor. */
	private static final List<String> LEADS = List.of("SKHDT", "STC_2025");

	/**
	 * The same as each lead, its predecessor or successor, a sibling (Sở Tài chính of 2022 merged into the same unit as
	 * Sở KH&ĐT), and Sở Y tế of each period, related to neither.
	 */
	private static final List<String> STAFF_DEPARTMENTS = List.of("SKHDT", "STC", "STC_2025", "SYT", "SYT_2025");

	private enum State {

		ENABLED, DISABLED, DELETED

	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvidenceFiles files;

	@Autowired
	ActivityDetails details;

	@Autowired
	ActivityAccess access;

	@Autowired
	Viewers viewers;

	@Autowired
	Activities activityRepository;

	@Autowired
	Accounts accounts;

	@Autowired
	Departments departments;

	@Autowired
	Provinces provinces;

	TestActivities activities;

	@BeforeEach
	void fixtures() {
		this.activities = new TestActivities(this.jdbc);
	}

	@AfterEach
	void cleanUp() {
		this.activities.removeAll();
		this.jdbc.update("delete from accounts where username like ?", USERNAMES + "%");
	}

	@Test
	void theSqlRuleAndActivityAccessAgreeOnEveryUploader() {
		List<String> disagreements = new ArrayList<>();
		int checked = 0;
		int mayEdit = 0;
		for (String leadCode : LEADS) {
			Department lead = this.departments.findByCode(leadCode).orElseThrow();
			Activity activity = this.activityRepository
				.findWithDetailsById(this.activities.create("UPLOADER RULE led by " + leadCode, leadCode,
						LocalDate.of(2025, 12, 31), false))
				.orElseThrow();
			Map<Long, Case> cases = new HashMap<>();
			for (Uploader uploader : uploaders()) {
				for (State state : State.values()) {
					String username = USERNAMES + (checked++);
					Account account = this.accounts.save(account(uploader, username));
					Long evidence = evidenceBy(activity, account);
					boolean java = switch (state) {
						case ENABLED -> javaRule(username, activity);
						case DISABLED -> {
							this.jdbc.update("update accounts set enabled = false where id = ?", account.getId());
							yield javaRule(username, activity);
						}
						case DELETED -> {
							this.jdbc.update("delete from accounts where id = ?", account.getId());
							yield false;
						}
					};
					Case combination = new Case(uploader.describe(lead) + ", account " + state + ", activity led by "
							+ label(lead), java);
					cases.put(evidence, combination);
					combination.compare("removal", this.files.uploaderMayStillEdit(evidence), disagreements);
					mayEdit += java ? 1 : 0;
				}
			}
			// The activity's page reads the same expression for its remove buttons, inside its own statement.
			List<ActivityDetail.EvidenceFile> listed = this.details
				.find(activity.getId(), new ReadScope(true, Set.of()))
				.orElseThrow()
				.evidence();
			assertThat(listed).hasSameSizeAs(cases.keySet());
			listed.forEach(file -> cases.get(file.id()).compare("page", file.uploaderMayStillEdit(), disagreements));
		}
		assertThat(disagreements).as("uploader rule, Java vs SQL").isEmpty();
		assertThat(checked).isEqualTo(LEADS.size() * uploaders().size() * State.values().length);
		// Administrator and coordinator on both, staff of the lead itself on both, Sở Tài chính 2025 on Sở KH&ĐT's.
		assertThat(mayEdit).isEqualTo(2 * 2 + 2 + 1);
	}

	/** One combination and what {@link ActivityAccess#canEdit} answers for it. */
	private record Case(String description, boolean java) {

		void compare(String where, boolean sql, List<String> disagreements) {
			if (sql != this.java) {
				disagreements.add(this.description + ": ActivityAccess.canEdit " + this.java + ", SQL (" + where + ") "
						+ sql);
			}
		}

	}

	/** What the app answers: the enabled account's {@code Viewer}, built as at login, may change the activity. */
	private boolean javaRule(String username, Activity activity) {
		Account account = this.accounts.findByUsername(username).orElseThrow();
		return account.isEnabled() && this.access.canEdit(this.viewers.of(new PortalUser(account)), activity);
	}

	private Long evidenceBy(Activity activity, Account uploader) {
		return this.jdbc.queryForObject("""
				insert into activity_evidence (activity_id, file_name, content_type, size_bytes, sha256, uploaded_by,
				                               uploaded_by_name)
				values (?, 'bien-ban.pdf', 'application/pdf', 1, repeat('0', 64), ?, ?) returning id""", Long.class,
				activity.getId(), uploader.getId(), uploader.getDisplayName());
	}

	private List<Uploader> uploaders() {
		List<Uploader> all = new ArrayList<>();
		for (Role role : Role.values()) {
			if (role == Role.STAFF) {
				STAFF_DEPARTMENTS
					.forEach(code -> all.add(new Uploader(role, this.departments.findByCode(code).orElseThrow())));
			}
			else {
				all.add(new Uploader(role, null));
			}
		}
		return all;
	}

	/** The account as an administrator creates it (the role decides whether it has a department or a province). */
	private Account account(Uploader uploader, String username) {
		return switch (uploader.role()) {
			case STAFF ->
				Account.staff(username, "Cán bộ " + uploader.department().getCode(), null, uploader.department());
			case PROVINCE -> Account.province(username, "Cán bộ Điện Biên", null,
					this.provinces.findByCodeAndValidFrom("11", Province.MERGER_DAY).orElseThrow());
			default -> Account.of(uploader.role(), username, uploader.role().name(), null);
		};
	}

	private static String label(Department department) {
		return department.getCode() + (department.getValidTo() == null ? " of 2025" : " of 2022");
	}

	/** An uploader's role and, for staff, department. */
	private record Uploader(Role role, Department department) {

		/** The role, and for staff how their department stands to the activity's lead across the mergers. */
		String describe(Department lead) {
			return this.role != Role.STAFF ? this.role.name()
					: "STAFF of " + label(this.department) + " (" + relationTo(lead) + ")";
		}

		private String relationTo(Department lead) {
			Long successorOfLead = idOf(lead.getSuccessor());
			Long successorOfStaff = idOf(this.department.getSuccessor());
			if (this.department.getId().equals(lead.getId())) {
				return "the lead itself";
			}
			if (this.department.getId().equals(successorOfLead)) {
				return "the lead was merged into it";
			}
			if (lead.getId().equals(successorOfStaff)) {
				return "it was merged into the lead";
			}
			if (successorOfStaff != null && successorOfStaff.equals(successorOfLead)) {
				return "merged with the lead into " + this.department.getSuccessor().getCode();
			}
			return "unrelated";
		}

		private static Long idOf(Department department) {
			return department == null ? null : department.getId();
		}

	}

}
