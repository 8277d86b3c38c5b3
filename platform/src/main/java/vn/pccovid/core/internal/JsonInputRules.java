package vn.pccovid.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link InputRules} for every JSON body, once: each string (fields, list items, nested objects) is checked for control
 * characters and each date or time for its range, and a value that fails is rejected with its JSON path.
 */
final class JsonInputRules {

	private JsonInputRules() {
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static SimpleModule module() {
		SimpleModule module = new SimpleModule("pccovid-input-rules");
		module.addDeserializer(String.class, new CheckedStrings());
		module.addDeserializer(Instant.class, (ValueDeserializer) new CheckedTimes(InstantDeserializer.INSTANT));
		module.addDeserializer(OffsetDateTime.class, (ValueDeserializer) new CheckedTimes(InstantDeserializer.OFFSET_DATE_TIME));
		module.addDeserializer(ZonedDateTime.class, (ValueDeserializer) new CheckedTimes(InstantDeserializer.ZONED_DATE_TIME));
		module.addDeserializer(LocalDate.class, (ValueDeserializer) new CheckedTimes(LocalDateDeserializer.INSTANCE));
		module.addDeserializer(LocalDateTime.class, (ValueDeserializer) new CheckedTimes(LocalDateTimeDeserializer.INSTANCE));
		return module;
	}

	/** Strings as Jackson reads them, refused when they hold a control character other than tab or line feed. */
	static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && InputRules.hasControlCharacter(value, true)) {
				throw new RejectedJsonValue(parser, "problem.field.control", String.class);
			}
			return value;
		}
	}

	/** Jackson's own date/time reader, then the range check (PostgreSQL and people: years 1 to 9999). */
	static final class CheckedTimes extends DelegatingDeserializer {

		CheckedTimes(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new CheckedTimes(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (!InputRules.inRange(value)) {
				throw new RejectedJsonValue(parser, "problem.time.range", handledType());
			}
			return value;
		}
	}
}
