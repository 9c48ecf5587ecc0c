package vn.hanoi.cooperation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hanoi.cooperation.account.SliceSecurity;
import vn.hanoi.cooperation.activity.ActivityAttention;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.activity.ActivityService;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.agreement.Agreements;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.inbox.Inbox;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.Indicators;
import vn.hanoi.cooperation.result.ResultService;
import vn.hanoi.cooperation.result.YearLocks;
import vn.hanoi.cooperation.result.YearlyResults;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.FormTokens;

/**
 * A form's web layer without a database: the form controllers ({@link WebSliceControllers}), their real validators,
 * the portal's real security chain (login, CSRF, every feature's access rules), locale and messages, layout
 * attributes and filters, with MockMvc. The services and repositories behind them are Mockito mocks, which is
 * acceptable here because what these tests prove is what a user sees of a form, while the database's behaviour is
 * covered by the {@link PortalTest} and {@link RepositoryTest} tests. Every slice test uses exactly this, so that
 * Spring caches one context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = WebSliceControllers.class))
@Import({ WebSliceConfiguration.class, SliceSecurity.class })
@MockitoBean(types = { ActivityService.class, ActivitySearch.class, ActivityAttention.class, ResultService.class,
		AgreementService.class, Plans.class, CooperationGroups.class, Departments.class, Provinces.class,
		Agreements.class, Indicators.class, YearlyResults.class, YearLocks.class, AuditLog.class, Inbox.class,
		DataVersion.class })
@MockitoBean(name = "formTokens", types = FormTokens.class)
public @interface WebSliceTest {

}
