package vn.pccovid.bench;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.zip.Deflater;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.upokecenter.cbor.CBORObject;

import nl.minvws.encoding.Base45;
import vn.pccovid.certificate.HcertVerification;
import vn.pccovid.certificate.HcertVerifications;

/**
 * HCERT verification per core: the platform's full path (prefix, Base45, zlib, COSE parse, kid look-up, ES256
 * signature, key usage, claims, payload to JSON values) against the raw JCA ECDSA P-256 verification of the same
 * signatures over the same Sig_structures, one thread each, counted per CPU-second of that thread, alternating round by
 * round, same run. 256 distinct certificates signed by a signer
 * that the bench lists as a foreign trust-list entry.
 */
final class HcertVerifyBench implements BenchCase {

	@Override
	public String name() {
		return "hcert-verify";
	}

	@Override
	public List<Result> run(ConfigurableApplicationContext platform) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair keys = generator.generateKeyPair();
		X500Principal name = new X500Principal("C=DE,CN=bench signer");
		Instant now = Instant.now();
		X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
				BigInteger.ONE, Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name,
				keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
		byte[] kid = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()), 8);
		JdbcClient jdbc = platform.getBean(JdbcClient.class);
		jdbc.sql("INSERT INTO certificate.foreign_signer (position, kid, certificate, country, imported_at, imported_by) VALUES (0, ?, ?, 'DE', ?, 'bench')")
				.params(Base64.getEncoder().encodeToString(kid), certificate.getEncoded(), Timestamp.from(now)).update();

		List<String> qrs = new ArrayList<>();
		List<byte[]> toBeSigned = new ArrayList<>();
		List<byte[]> signatures = new ArrayList<>();
		for (int i = 0; i < 256; i++) {
			CBORObject v = CBORObject.NewMap().Add("tg", "840539006").Add("vp", "1119349007").Add("mp", "EU/1/20/1528")
					.Add("ma", "ORG-100030215").Add("dn", 2).Add("sd", 2).Add("dt", "2021-09-01").Add("co", "DE")
					.Add("is", "Robert Koch-Institut").Add("ci", "URN:UVCI:01DE/BENCH/" + i);
			CBORObject dcc = CBORObject.NewMap().Add("ver", "1.3.0")
					.Add("nam", CBORObject.NewMap().Add("fn", "Nguyễn").Add("fnt", "NGUYEN").Add("gn", "Văn An " + i).Add("gnt", "VAN<AN"))
					.Add("dob", "1990-03-05").Add("v", CBORObject.NewArray().Add(v));
			byte[] payload = CBORObject.NewMap().Add(1, "DE").Add(4, now.plus(Duration.ofDays(300)).getEpochSecond())
					.Add(6, now.minusSeconds(60).getEpochSecond()).Add(-260, CBORObject.NewMap().Add(1, dcc)).EncodeToBytes();
			byte[] protectedBytes = CBORObject.NewMap().Add(1, -7).Add(4, kid).EncodeToBytes();
			byte[] tbs = CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload).EncodeToBytes();
			Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
			signer.initSign(keys.getPrivate());
			signer.update(tbs);
			byte[] signature = signer.sign();
			byte[] cose = CBORObject.FromObjectAndTag(CBORObject.NewArray().Add(protectedBytes).Add(CBORObject.NewMap())
					.Add(payload).Add(signature), 18).EncodeToBytes();
			qrs.add("HC1:" + Base45.getEncoder().encodeToString(deflate(cose)));
			toBeSigned.add(tbs);
			signatures.add(signature);
		}

		HcertVerifications verifier = platform.getBean(HcertVerifications.class);
		HcertVerification check = verifier.verify(qrs.get(0));
		if (!check.valid()) {
			Thread.sleep(31_000); // the trust list is re-read every 30 s; this start may have loaded it before the insert
			check = verifier.verify(qrs.get(0));
		}
		if (!check.valid()) {
			throw new IllegalStateException("bench certificate does not verify: " + check.reason());
		}
		PublicKey key = certificate.getPublicKey();
		java.util.function.IntConsumer fullPath = i -> {
			if (!verifier.verify(qrs.get(i & 255)).valid()) {
				throw new IllegalStateException("invalid");
			}
		};
		java.util.function.IntConsumer rawJca = i -> {
			try {
				Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
				signature.initVerify(key);
				signature.update(toBeSigned.get(i & 255));
				if (!signature.verify(signatures.get(i & 255))) {
					throw new IllegalStateException("invalid");
				}
			}
			catch (java.security.GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		};
		// Per core = per CPU-second of the measuring thread (ThreadMXBean), and the two alternate round by round: on a
		// machine shared with other builds, wall-clock rounds measure the neighbours more than the code.
		perCpuSecond(fullPath, 3);
		perCpuSecond(rawJca, 3);
		List<Double> fullRounds = new ArrayList<>();
		List<Double> rawRounds = new ArrayList<>();
		for (int round = 0; round < 7; round++) {
			fullRounds.add(perCpuSecond(fullPath, 2));
			rawRounds.add(perCpuSecond(rawJca, 2));
		}
		double full = Stats.median(fullRounds);
		double raw = Stats.median(rawRounds);
		return List.of(new Result("HCERT verify, full path, 1 thread (JDK " + Runtime.version().feature() + ")", full, "verifications per CPU-second",
				"raw JCA ECDSA P-256 verify of the same signatures", raw, true));
	}

	/** Operations per CPU-second of this thread, run for about {@code seconds} of its CPU time. */
	private static double perCpuSecond(java.util.function.IntConsumer task, int seconds) {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		long budget = seconds * 1_000_000_000L;
		long operations = 0;
		long used;
		do {
			for (int i = 0; i < 20; i++) {
				task.accept((int) operations++);
			}
			used = threads.getCurrentThreadCpuTime() - start;
		}
		while (used < budget);
		return operations / (used / 1e9);
	}

	private static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}
}
