package vn.hanoi.cooperation;

import java.util.Set;

import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Controller;

/**
 * Leaves out of a {@link WebSliceTest} every controller but those of the forms the slices test (and the detail page a
 * refused progress note comes back to): each other controller would need its own collaborators mocked.
 */
public class WebSliceControllers implements TypeFilter {

	static final Set<String> KEPT = Set.of("vn.hanoi.cooperation.activity.ActivityFormController",
			"vn.hanoi.cooperation.activity.ActivityProgressController",
			"vn.hanoi.cooperation.activity.ActivityController", "vn.hanoi.cooperation.result.ResultFormController",
			"vn.hanoi.cooperation.agreement.AgreementFormController",
			"vn.hanoi.cooperation.system.ErrorPageController");

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
		return reader.getAnnotationMetadata().isAnnotated(Controller.class.getName())
				&& !KEPT.contains(reader.getClassMetadata().getClassName());
	}

}
