package vn.hanoi.cooperation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;

/** Walks what a cache keeps (records, collections, maps) and names every JPA entity found inside. */
public final class KeptData {

	private KeptData() {
	}

	public static List<String> entitiesIn(Object kept) {
		List<String> found = new ArrayList<>();
		walk(kept, "page", found);
		return found;
	}

	private static void walk(Object value, String path, List<String> found) {
		if (value == null) {
			return;
		}
		Class<?> type = value.getClass();
		// Hibernate proxies are subclasses of the entity: look up the hierarchy.
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			if (c.isAnnotationPresent(Entity.class)) {
				found.add(path + ": " + c.getSimpleName());
				return;
			}
		}
		if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				walk(item, path + "[" + i++ + "]", found);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> walk(v, path + "[" + k + "]", found));
		}
		else if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				try {
					walk(component.getAccessor().invoke(value), path + "." + component.getName(), found);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

}
