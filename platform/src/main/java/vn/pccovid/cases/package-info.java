/**
 * Cases: F0 (confirmed), F1 and F2 (contacts) and suspected cases with their lifecycle and history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package vn.pccovid.cases;
