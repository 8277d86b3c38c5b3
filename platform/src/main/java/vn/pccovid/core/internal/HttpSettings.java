package vn.pccovid.core.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on request bodies, enforced before any controller reads them ({@link RequestInputFilter}).
 *
 * @param maxBodySize   largest JSON or form body
 * @param maxUploadSize largest body of any other type (CSV, multipart uploads)
 */
@ConfigurationProperties("pccovid.http")
record HttpSettings(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("64MB") DataSize maxUploadSize) {
}
