/**
 * Who may see what: staff accounts with roles and an area scope, citizens' one-time-code sign-in, bearer tokens,
 * the {@link vn.pccovid.core.Allowed} rule every endpoint declares, and the append-only audit log of every read
 * or change of a citizen's personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access and audit")
package vn.pccovid.access;
