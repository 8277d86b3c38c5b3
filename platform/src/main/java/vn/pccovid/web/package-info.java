/**
 * The web shell: the citizens' and staff layouts, language switching (Vietnamese first, English second) and the
 * home pages. Modules add their own pages under their {@code web} sub-package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.pccovid.web;
