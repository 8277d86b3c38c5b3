package vn.pccovid.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import vn.pccovid.support.PlatformTest;

/** Handlers are found through remembered path shapes, and the shortcut never changes which handler answers. */
class PathShapeHandlerMappingTest extends PlatformTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	PathShapeHandlerMapping mapping;

	@Test
	void replacesIdentifierSegmentsOnly() {
		assertThat(PathShapeHandlerMapping.shape("/api/v1/me/people/0b7e6a1c-2f4d-4c1e-9a3b-5d6e7f8091a2/bookings"))
				.isEqualTo("/api/v1/me/people/#/bookings");
		assertThat(PathShapeHandlerMapping.shape("/api/v1/areas/00001")).isEqualTo("/api/v1/areas/#");
		assertThat(PathShapeHandlerMapping.shape("/api/v1/x/12/y/AB7E6A1C-2F4D-4C1E-9A3B-5D6E7F8091A2/"))
				.isEqualTo("/api/v1/x/#/y/#/");
		assertThat(PathShapeHandlerMapping.shape("/api/v1/venues/new")).isEqualTo("/api/v1/venues/new");
		// almost a UUID, a version segment, a hexadecimal word: kept as they are
		assertThat(PathShapeHandlerMapping.shape("/a/0b7e6a1c-2f4d-4c1e-9a3b-5d6e7f8091a/v1/cafe"))
				.isEqualTo("/a/0b7e6a1c-2f4d-4c1e-9a3b-5d6e7f8091a/v1/cafe");
	}

	@Test
	void everyPlatformPatternLetsIdentifiersShareAShape() {
		// Were a pattern to spell a number or UUID, mix text and a variable in a segment or constrain a variable by a
		// regular expression, shapes would fall back to whole paths: correct, but the shortcut would be lost.
		assertThat(mapping.getHandlerMethods().keySet())
				.filteredOn(info -> !PathShapeHandlerMapping.segmentsAreWholeOrLiteral(info))
				.extracting(RequestMappingInfo::toString).isEmpty();
	}

	@Test
	void refusesPatternsWhoseSegmentsWouldMatchSomeIdentifiersAndNotOthers() {
		assertThat(PathShapeHandlerMapping.segmentsAreWholeOrLiteral(RequestMappingInfo.paths("/files/a{name}")
				.options(mapping.getBuilderConfiguration()).build())).isFalse();
		assertThat(PathShapeHandlerMapping.segmentsAreWholeOrLiteral(RequestMappingInfo.paths("/files/?")
				.options(mapping.getBuilderConfiguration()).build())).isFalse();
		assertThat(PathShapeHandlerMapping.segmentsAreWholeOrLiteral(RequestMappingInfo.paths("/codes/{code:[0-9]{5}}")
				.options(mapping.getBuilderConfiguration()).build())).isFalse();
		assertThat(PathShapeHandlerMapping.segmentsAreWholeOrLiteral(RequestMappingInfo.paths("/years/2021")
				.options(mapping.getBuilderConfiguration()).build())).isFalse();
		assertThat(PathShapeHandlerMapping.segmentsAreWholeOrLiteral(RequestMappingInfo.paths("/api/v1/areas/{code}", "/x/**", "/c/{id}.pdf")
				.options(mapping.getBuilderConfiguration()).build())).isTrue();
	}

	@Test
	void answersAsSpringWouldForPathsOfOneShape() {
		// the second and third requests reuse the shape the first one remembered
		for (String code : new String[] { "01", "79", "99999" }) {
			int expected = code.equals("99999") ? 404 : 200;
			assertThat(http().get("/api/v1/areas/" + code).status()).as(code).isEqualTo(expected);
		}
		// the same shape with another method: Spring's own 405 (the candidates are the path's, not the method's)
		assertThat(http().send(java.net.http.HttpRequest.newBuilder(http().uri("/api/v1/areas/01"))
				.method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isIn(403, 405);
		assertThat(http().get("/api/v1/areas/01/nothing-here").status()).isEqualTo(404);
	}
}
