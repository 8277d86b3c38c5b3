package vn.pccovid.declaration.internal;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The codes a health declaration may carry, with labels in the caller's language; public reference data. */
@RestController
@Tag(name = "Declarations", description = "Health and domestic movement declarations")
class DeclarationCodesController {

	/** One code and its label. */
	record Code(String code, String label) {
	}

	/** Every symptom and exposure code. */
	record Codes(List<Code> symptoms, List<Code> exposures) {
	}

	private final MessageSource messages;

	DeclarationCodesController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/api/v1/declarations/symptoms")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "Symptom and exposure codes of a health declaration, labelled in the caller's language")
	Codes codes() {
		return new Codes(labelled(DeclarationCodes.SYMPTOMS, "declaration.symptom."),
				labelled(DeclarationCodes.EXPOSURES, "declaration.exposure."));
	}

	private List<Code> labelled(List<String> codes, String prefix) {
		return codes.stream().map(code -> new Code(code, messages.getMessage(prefix + code, null, code,
				LocaleContextHolder.getLocale()))).toList();
	}
}
