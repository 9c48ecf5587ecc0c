package vn.hanoi.cooperation.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Reads a stored session's attributes as Spring Session does, except one written by another version of the portal
 * (a class of the login changed in an upgrade, or Spring Security's own): that attribute reads as absent, so the
 * person is asked to sign in again instead of getting an error on every page until the session expires.
 */
final class SessionAttributesOfAnotherVersion implements Converter<byte[], Object> {

	private static final Logger log = LoggerFactory.getLogger(SessionAttributesOfAnotherVersion.class);

	private final DeserializingConverter deserializer;

	private SessionAttributesOfAnotherVersion(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	/** Spring Session's conversions (serialize, deserialize), with this reading. */
	static GenericConversionService conversions(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, new SessionAttributesOfAnotherVersion(classLoader));
		return conversions;
	}

	@Override
	public Object convert(byte[] stored) {
		try {
			return this.deserializer.convert(stored);
		}
		catch (SerializationFailedException ex) {
			log.info("A session attribute written by another version of the portal was left unread ({}); "
					+ "its holder signs in again", ex.getMostSpecificCause().toString());
			return null;
		}
	}

}
