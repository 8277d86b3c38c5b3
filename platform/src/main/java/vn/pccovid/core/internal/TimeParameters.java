package vn.pccovid.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * Dates and times in query parameters and form fields, parsed as Spring always does and then refused outside the
 * years 1 to 9999: the failure names the parameter (400) instead of reaching PostgreSQL (500). Parameters with their
 * own {@link DateTimeFormat} keep Spring's annotated parser.
 */
final class TimeParameters implements ConditionalGenericConverter {

	private static final DefaultFormattingConversionService SPRING = new DefaultFormattingConversionService();
	private static final Set<Class<?>> TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
			OffsetDateTime.class, ZonedDateTime.class);

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, Instant.class), new ConvertiblePair(String.class, LocalDate.class),
				new ConvertiblePair(String.class, LocalDateTime.class), new ConvertiblePair(String.class, OffsetDateTime.class),
				new ConvertiblePair(String.class, ZonedDateTime.class));
	}

	@Override
	public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
		return TYPES.contains(targetType.getType()) && !targetType.hasAnnotation(DateTimeFormat.class);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null || source.toString().isBlank()) {
			return null;
		}
		Object value = SPRING.convert(source.toString().strip(), targetType.getType());
		if (!InputRules.inRange(value)) {
			throw new OutOfRange();
		}
		return value;
	}

	/** A date or time outside the years 1 to 9999; the problem handler names the parameter. */
	static final class OutOfRange extends IllegalArgumentException {

		OutOfRange() {
			super("Date or time outside the years " + InputRules.FIRST_YEAR + " to " + InputRules.LAST_YEAR);
		}
	}
}
