package vn.pccovid.certificate.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.upokecenter.cbor.CBORObject;

/** CBOR values as plain Java values for JSON answers (maps, lists, strings, numbers, booleans; bytes as Base64). */
final class CborValues {

	private CborValues() {
	}

	static Map<String, Object> toJava(CBORObject map) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (var entry : map.getEntries()) {
			CBORObject key = entry.getKey();
			result.put(key.getType() == com.upokecenter.cbor.CBORType.TextString ? key.AsString() : key.toString(),
					value(entry.getValue()));
		}
		return result;
	}

	private static Object value(CBORObject value) {
		if (value.isTagged()) {
			value = value.Untag();
		}
		return switch (value.getType()) {
			case Map -> toJava(value);
			case Array -> {
				List<Object> list = new ArrayList<>(value.size());
				for (CBORObject item : value.getValues()) {
					list.add(value(item));
				}
				yield list;
			}
			case TextString -> value.AsString();
			case Boolean -> value.AsBoolean();
			case ByteString -> Base64.getEncoder().encodeToString(value.GetByteString());
			case Integer -> value.CanValueFitInInt64() ? (Object) value.AsInt64Value() : value.toString();
			case FloatingPoint -> value.AsDoubleValue();
			default -> value.isNull() ? null : value.toString();
		};
	}
}
