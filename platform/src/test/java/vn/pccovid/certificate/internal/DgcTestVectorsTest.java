package vn.pccovid.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.pccovid.certificate.HcertVerification;

/**
 * The official EU DCC test vectors ({@code eu-digital-green-certificates/dgc-testdata}, {@code common/2DCode/raw},
 * Apache 2.0, copied with its licence into {@code src/test/resources/dgc-testdata}): the verifier, trusting only the
 * vector's {@code TESTCTX.CERTIFICATE} at its {@code VALIDATIONCLOCK}, agrees with every {@code EXPECTEDRESULTS} flag
 * it can judge from the QR text. Vectors that only test schema validation or reading a picture are left out (the
 * verifier checks structure, not the full JSON schema; it never sees pictures).
 */
class DgcTestVectorsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Resource> vectors() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath:dgc-testdata/common-2DCode-raw/*.json"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void agreesWithTheExpectedResults(Resource vector) throws Exception {
		JsonNode test;
		try (InputStream in = vector.getInputStream()) {
			test = JSON.readTree(in);
		}
		JsonNode expected = test.get("EXPECTEDRESULTS");
		Set<String> allowed = expectedReasons(expected);
		if (allowed == null || !test.has("PREFIX")) {
			return; // schema or picture only: nothing this verifier judges
		}
		X509Certificate certificate = SignerCertificates.parse(Base64.getDecoder().decode(test.get("TESTCTX").get("CERTIFICATE").asString()));
		TrustedSigner signer = TrustedSigner.of(Kids.base64(Kids.of(certificate)), certificate, "XX", false);
		HcertVerifier verifier = new HcertVerifier(kid -> kid.equals(signer.kid()) ? List.of(signer) : List.of());
		Instant clock = Instant.parse(test.get("TESTCTX").get("VALIDATIONCLOCK").asString());

		HcertVerification result = verifier.verify(test.get("PREFIX").asString(), clock);

		assertThat(result.reason()).as(test.get("TESTCTX").get("DESCRIPTION").asString()).isIn(allowed);
		assertThat(result.valid()).isEqualTo(allowed.contains("ok"));
	}

	/** The reasons that agree with the expected flags, in the order the verifier checks; null when none applies. */
	private static Set<String> expectedReasons(JsonNode expected) {
		List<String[]> checks = List.of(
				new String[] { "EXPECTEDUNPREFIX", "prefix" },
				new String[] { "EXPECTEDB45DECODE", "base45" },
				new String[] { "EXPECTEDCOMPRESSION", "zlib" },
				new String[] { "EXPECTEDDECODE", "cose" },
				new String[] { "EXPECTEDVERIFY", "cose,alg,unknown_kid,signature" },
				new String[] { "EXPECTEDKEYUSAGE", "key_usage" },
				new String[] { "EXPECTEDEXPIRATIONCHECK", "expired,not_yet_valid" });
		boolean judged = false;
		for (String[] check : checks) {
			JsonNode flag = expected.get(check[0]);
			if (flag != null) {
				judged = true;
				if (!flag.asBoolean()) {
					return Set.of(check[1].split(","));
				}
			}
		}
		return judged ? Set.of("ok") : null;
	}

}
